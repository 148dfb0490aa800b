package yuanwen.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptDetector;

/** The beans the commands share. */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    /** Name commands give in {@code exitStatusExceptionMapper} so errors become one line each. */
    public static final String FAILURES = "failures";

    @Bean
    CommandLineParser commandParser(CommandRegistry registry) {
        return new CommandLineParser(registry);
    }

    @Bean(FAILURES)
    ExitStatusExceptionMapper failures() {
        return Failure::of;
    }

    @Bean
    Conversions conversions() {
        return Conversions.standard();
    }

    @Bean
    ScriptDetector scriptDetector() {
        return new ScriptDetector();
    }
}
