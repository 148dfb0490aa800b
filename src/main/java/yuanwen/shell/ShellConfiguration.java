package yuanwen.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.shell.jline.PromptProvider;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptDetector;

/** The beans the commands share, and the shell's look. */
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
    PromptProvider promptProvider() {
        return () -> new AttributedString("yuanwen> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
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
