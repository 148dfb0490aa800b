package yuanwen.shell;

import java.lang.reflect.Method;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.autoconfigure.StandardCommandsAutoConfiguration;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.shell.core.utils.Utils;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptDetector;

/** The beans the commands share. */
@Configuration(proxyBeanMethods = false)
// Spring Shell's built-in commands that Yuanwen keeps (clear, quit); its help, version and script
// are switched off in YuanwenApplication and replaced by ToolCommands.
@ImportAutoConfiguration(StandardCommandsAutoConfiguration.class)
public class ShellConfiguration {

    /** Name commands give in {@code exitStatusExceptionMapper} so errors become one line each. */
    public static final String FAILURES = "failures";

    /**
     * The commands: every {@code @Command} method of this package's beans, the programmatic commands
     * (clear) and quit, as Spring Shell's own registry has them. Spring Shell's reads every class file
     * of the package again (a class-path scan at each start) to find the beans the context already
     * knows.
     */
    @Bean
    CommandRegistry commandRegistry(ApplicationContext context) {
        CommandRegistry registry = new CommandRegistry();
        String commandPackage = ShellConfiguration.class.getPackageName();
        // The package first, then the annotation: asking the context for every @Component bean looks
        // at the annotations of all 70 bean types (a twentieth of a one-shot start, measured by JFR).
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name, false);
            if (type == null || !(type.getPackageName() + ".").startsWith(commandPackage + ".")
                    || !AnnotatedElementUtils.hasAnnotation(type, Component.class)) {
                continue;
            }
            for (Method method : MethodIntrospector.selectMethods(type, (ReflectionUtils.MethodFilter)
                    m -> AnnotatedElementUtils.hasAnnotation(m, org.springframework.shell.core.command.annotation.Command.class))) {
                CommandFactoryBean factory = new CommandFactoryBean(method);
                factory.setApplicationContext(context);
                registry.registerCommand(factory.getObject());
            }
        }
        context.getBeansOfType(Command.class).values().forEach(registry::registerCommand);
        registry.registerCommand(Utils.QUIT_COMMAND);
        return registry;
    }

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
