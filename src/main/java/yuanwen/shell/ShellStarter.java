package yuanwen.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.stereotype.Component;

/**
 * Chooses between the interactive shell ({@link InteractiveShell}) and a one-shot run. Spring Shell 4
 * ignores arguments once the interactive shell is on, re-joins them into one string (losing the
 * user's quoting) and always exits with 0; so a one-shot run is executed here: parse the words as
 * given, run the command, print any error as one line on standard error, and remember the exit
 * status for {@code main}.
 */
@Component
public class ShellStarter implements ApplicationRunner {

    private final CommandRegistry registry;
    private final CommandLineParser parser;
    private int exitStatus;

    public ShellStarter(CommandRegistry registry, CommandLineParser parser) {
        this.registry = registry;
        this.parser = parser;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String[] words = args.getSourceArgs();
        if (words.length == 0) {
            exitStatus = new InteractiveShell(registry, parser).run();
            return;
        }
        exitStatus = runOnce(List.of(words));
    }

    int exitStatus() {
        return exitStatus;
    }

    private int runOnce(List<String> words) {
        // PrintWriter swallows write errors; the stream remembers them, so that output lost to a
        // full disk or a closed pipe ends the run with status 1 instead of 0.
        RememberingOutput stdout = new RememberingOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        // As on any Unix tool: yuanwen --help / -h / --version.
        if (words.size() == 1 && (words.get(0).equals("--help") || words.get(0).equals("-h"))) {
            words = List.of("help");
        } else if (words.size() == 1 && words.get(0).equals("--version")) {
            words = List.of("version");
        }
        ExitStatus status = new CommandRunner(registry, parser).run(words, out);
        out.flush();
        if (stdout.failure != null && status.code() == 0) {
            status = new ExitStatus(Failure.BAD_INPUT, "standard output: cannot be written: "
                    + yuanwen.text.AtomicFiles.reason(stdout.failure));
        }
        if (status.code() != 0) {
            err.println("yuanwen: " + status.description());
            err.flush();
        }
        return status.code();
    }

    /** Standard output that keeps its first write failure. */
    private static final class RememberingOutput extends java.io.FilterOutputStream {

        private java.io.IOException failure;

        RememberingOutput(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws java.io.IOException {
            try {
                out.flush();
            } catch (java.io.IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(java.io.IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
