package yuanwen.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import yuanwen.web.ReviewServer;

/** {@code review NAME}: the alignment's review page in the browser. */
@Component
public class ReviewCommands {

    @Command(name = "review", group = "Pairs", exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Review an alignment in the browser: both texts side by side, evidence, time links",
            help = """
                    review NAME [--idle MINUTES] [--no-browser]
                    Serves the review page of aligned/NAME.json on this machine only (127.0.0.1, a
                    free port, a random token in the address) and prints its address; opens the
                    browser when there is one. Accept, reject and fix pairs in the page (keys a, x,
                    [ ] { }, m, s, p); each change is written to aligned/NAME.json as pairs would
                    write it. Stops with Ctrl-C, or after --idle minutes without use (default 60).""")
    public void review(@Arguments java.util.List<String> words,
                       @Option(longName = "idle", description = "stop after this many minutes without use (default 60)")
                       Integer idleMinutes,
                       @Option(longName = "no-browser", description = "only print the address") boolean noBrowser,
                       CommandContext context) throws InterruptedException {
        if (words == null || words.size() != 1) {
            throw new IllegalArgumentException("usage: review NAME (pairs list shows the names)");
        }
        int minutes = idleMinutes == null ? 60 : idleMinutes;
        if (minutes < 1) {
            throw new IllegalArgumentException("--idle must be at least 1 minute");
        }
        ReviewServer server = ReviewServer.start(Workspace.current().store(), words.get(0), Duration.ofMinutes(minutes));
        Thread stopOnExit = new Thread(server::stop, "review-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        PrintWriter console = context.outputWriter();
        console.println("review page of aligned/" + words.get(0) + ".json: " + server.address());
        console.println("(only on this machine; Ctrl-C stops it)");
        console.flush();
        if (!noBrowser) {
            openBrowser(server.address().toString());
        }
        try {
            console.println(server.awaitStop());
        } finally {
            server.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook stops the server
            }
        }
        console.flush();
    }

    /** The desktop's browser, where there is a desktop: xdg-open on a display, open on macOS. */
    private static void openBrowser(String address) {
        String opener = System.getProperty("os.name", "").startsWith("Mac") ? "open"
                : System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null ? "xdg-open" : null;
        if (opener == null || !onPath(opener)) {
            return;
        }
        try {
            new ProcessBuilder(opener, address).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // No browser to open: the address is printed.
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
