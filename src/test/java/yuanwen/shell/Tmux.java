package yuanwen.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar in a pseudo-terminal, driven as a person would: keys typed through tmux (on its
 * own server socket, so no one else's sessions are touched), the screen read back.
 */
final class Tmux implements AutoCloseable {

    private final String socket = "yuanwen-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private final String session = "shell";

    /** Whether tmux is on this machine (the tests that need it are skipped without it). */
    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts {@code java -jar yuanwen.jar ARGS} in {@code dir} in a 160×50 terminal. */
    Tmux(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("env", "-u", "YUANWEN_HOME", "LC_ALL=C.UTF-8",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                YuanwenProcess.jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        List<String> tmux = new ArrayList<>(List.of("new-session", "-d", "-s", session, "-x", "160", "-y", "50",
                "-c", dir.toString()));
        tmux.add(String.join(" ", command.stream().map(Tmux::quote).toList()));
        tmux(tmux.toArray(String[]::new));
    }

    /** Types text as it is (no key names). */
    void type(String text) throws Exception {
        tmux("send-keys", "-t", session, "-l", text);
    }

    /** Presses keys by tmux's names: Enter, Tab, C-c, C-d. */
    void press(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** The screen and its scroll-back. */
    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", session, "-S", "-500");
    }

    /** Waits until the screen shows {@code text} {@code times} times; returns the screen. */
    String waitFor(String text, int times, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        String screen = "";
        while (System.nanoTime() < end) {
            if (!alive()) {
                throw new AssertionError("the shell ended while waiting for '" + text + "'; last screen:\n" + screen);
            }
            screen = screen();
            if (count(screen, text) >= times) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' did not appear " + times + " times in " + timeout + "; screen:\n" + screen);
    }

    /** Whether the program still runs (the session ends with it). */
    boolean alive() throws Exception {
        return run("has-session", "-t", session).exitCode == 0;
    }

    static int count(String screen, String text) {
        int n = 0;
        for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + text.length())) {
            n++;
        }
        return n;
    }

    @Override
    public void close() throws Exception {
        run("kill-server");
    }

    private String tmux(String... args) throws Exception {
        Ran ran = run(args);
        if (ran.exitCode != 0) {
            throw new IllegalStateException("tmux " + String.join(" ", args) + ": " + ran.output);
        }
        return ran.output;
    }

    private record Ran(int exitCode, String output) {
    }

    private Ran run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Ran(process.exitValue(), output);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
