package yuanwen.shell;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;

/**
 * Starts Yuanwen: with no arguments, the interactive shell; with arguments, that one command, then
 * exit with its status (0 success, 1 bad input, 2 bad command line, 70 internal error).
 */
// Auto-configurations no command uses, left out so that a one-shot run neither defines nor builds
// their beans (task executors and schedulers, SSL bundles, AOP proxying, availability, lifecycle
// timeouts). Spring Shell's own auto-configuration builds a JLine terminal, line reader, history,
// themes and component flows that InteractiveShell does not use; ShellConfiguration takes from it
// only the commands and their registry (measured with ShellConfiguration's registry: classes loaded
// by a one-shot convert 5,667 -> 4,786, CPU 1.54 -> 1.50 s, StartupBenchmark).
@SpringBootApplication(exclude = {TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class,
        SslAutoConfiguration.class, AopAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class,
        LifecycleAutoConfiguration.class, SpringShellAutoConfiguration.class})
public class YuanwenApplication {

    public static void main(String[] args) {
        quietLogging();
        args = chooseWorkspace(args);
        if (args.length > 0 && args[0].equals("align") && Arrays.asList(args).contains("--manifest")) {
            yuanwen.batch.BatchRun.readAhead(); // the aligner's data, read while Spring starts
        }
        SpringApplication app = new SpringApplication(YuanwenApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of(
                // InteractiveShell replaces Spring Shell's runner, terminal and line reader, so no run
                // needs them: every bean is made on demand.
                "spring.shell.interactive.enabled", "false",
                "spring.main.lazy-initialization", "true",
                "spring.application.name", "yuanwen",
                // Replaced by ToolCommands: Spring Shell's report its own version and ignore exit statuses.
                "spring.shell.command.version.enabled", "false",
                "spring.shell.command.script.enabled", "false",
                "spring.shell.command.help.enabled", "false",
                // Spring Shell's history command reads its own line reader's history; the shell's is JLine's own.
                "spring.shell.command.history.enabled", "false",
                "logging.level.root", "WARN",
                "logging.level.org.jline", "ERROR"));
        // No config-data search: Yuanwen has no application.properties, and Spring Boot's look for one
        // (the class path, then ./application.* and ./config/ of whatever folder the user stands in)
        // cost a tenth of a one-shot start (measured: CPU 1.50 -> 1.28 s, StartupBenchmark) and would let
        // a stray file in the user's folder change the tool. Its properties are the defaults above,
        // -D system properties and the environment.
        app.setListeners(app.getListeners().stream()
                .filter(listener -> !(listener instanceof EnvironmentPostProcessorApplicationListener)).toList());
        ConfigurableApplicationContext context = app.run(args);
        int status = context.getBean(ShellStarter.class).exitStatus();
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /**
     * Warnings and errors only, on Logback as SLF4J finds it, with JLine's own (through
     * java.util.logging) at errors only. Spring Boot's logging system would set up Logback a second
     * time (its console pattern, colours and levels from properties): a tenth of a one-shot start
     * (measured: CPU 1.47 -> 1.31 s at load 18, median of 9, StartupBenchmark's command); it still does when {@code -Dorg.springframework.boot.logging.LoggingSystem=}
     * names one, and then {@code -Dlogging.level.NAME=LEVEL} works as in any Spring Boot application.
     */
    private static void quietLogging() {
        if (System.getProperty(LoggingSystem.SYSTEM_PROPERTY) != null) {
            return;
        }
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.jline")).setLevel(Level.ERROR);
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** Takes a leading {@code --workspace DIR} off the arguments and chooses the workspace. */
    private static String[] chooseWorkspace(String[] args) {
        String option = null;
        int skip = 0;
        if (args.length > 0 && args[0].startsWith("--workspace=")) {
            option = args[0].substring("--workspace=".length());
            skip = 1;
        } else if (args.length > 0 && args[0].equals("--workspace")) {
            if (args.length < 2) {
                System.err.println("yuanwen: --workspace needs a folder");
                System.exit(Failure.USAGE);
            }
            option = args[1];
            skip = 2;
        }
        try {
            Workspace.use(Workspace.choose(option, Path.of(""), System.getenv(Workspace.ENVIRONMENT)));
        } catch (IllegalArgumentException e) {
            System.err.println("yuanwen: " + e.getMessage());
            System.exit(Failure.USAGE);
        }
        return Arrays.copyOfRange(args, skip, args.length);
    }
}
