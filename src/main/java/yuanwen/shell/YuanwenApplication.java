package yuanwen.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Yuanwen: with no arguments, the interactive shell; with arguments, that one command, then
 * exit with its status (0 success, 1 bad input, 2 bad command line, 70 internal error).
 */
@SpringBootApplication
public class YuanwenApplication {

    public static void main(String[] args) {
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
        ConfigurableApplicationContext context = app.run(args);
        int status = context.getBean(ShellStarter.class).exitStatus();
        System.exit(SpringApplication.exit(context, () -> status));
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
