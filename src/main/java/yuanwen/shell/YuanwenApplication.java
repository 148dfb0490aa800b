package yuanwen.shell;

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
        boolean oneShot = args.length > 0;
        SpringApplication app = new SpringApplication(YuanwenApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of(
                "spring.shell.interactive.enabled", String.valueOf(!oneShot),
                // A one-shot run needs no terminal, line reader or history: create beans on demand.
                "spring.main.lazy-initialization", String.valueOf(oneShot),
                "spring.application.name", "yuanwen",
                "spring.shell.history.name", "yuanwen.history",
                // Replaced by ToolCommands: Spring Shell's report its own version and ignore exit statuses.
                "spring.shell.command.version.enabled", "false",
                "spring.shell.command.script.enabled", "false",
                "logging.level.root", "WARN",
                "logging.level.org.jline", "ERROR"));
        ConfigurableApplicationContext context = app.run(args);
        int status = context.getBean(ShellStarter.class).exitStatus();
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
