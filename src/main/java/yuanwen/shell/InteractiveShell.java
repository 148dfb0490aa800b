package yuanwen.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

/**
 * The interactive shell, on JLine directly (Spring Shell 4's runner quits on Ctrl-C, opens a
 * continuation prompt at an apostrophe and keeps its history in the current folder):
 * <ul>
 * <li>Ctrl-C at the prompt clears the line; during a command it cancels the command (the command
 *     runs on its own thread; see {@link #execute}); Ctrl-D or {@code exit}/{@code quit} leave.</li>
 * <li>A line is split into words by {@link ShellWords}: quotes work as in a Unix shell, and an
 *     apostrophe inside a word ({@code don't}) is a letter, so free text needs no quoting.</li>
 * <li>Tab completes commands, options and their values ({@link ShellCompleter}); the history is
 *     kept in the workspace (or the home folder).</li>
 * </ul>
 */
final class InteractiveShell {

    /** How long a cancelled command may take to notice before its thread is stopped. */
    private static final long GRACE_MILLIS = 1500;

    private final CommandRegistry registry;
    private final CommandRunner runner;

    InteractiveShell(CommandRegistry registry, CommandLineParser parser) {
        this.registry = registry;
        this.runner = new CommandRunner(registry, parser);
    }

    int run() {
        try (Terminal terminal = TerminalBuilder.builder().name("yuanwen").system(true).nativeSignals(true).build()) {
            DefaultParser lineParser = new DefaultParser();
            // An unclosed quote or a trailing backslash is text, never a continuation prompt.
            lineParser.setEofOnUnclosedQuote(false);
            lineParser.setEofOnEscapedNewLine(false);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("yuanwen")
                    .parser(lineParser)
                    .completer(new ShellCompleter(registry))
                    .variable(LineReader.HISTORY_FILE, Workspace.current().history())
                    // '!' in free text (quotes, searches) is text, not a history reference.
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            PrintWriter out = terminal.writer();
            Workspace workspace = Workspace.current();
            if (workspace.exists() && !"current folder".equals(workspace.chosenBy())) {
                out.println(workspace.describe());
            }
            out.println("yuanwen: 'help' lists the commands, Tab completes, Ctrl-C cancels, Ctrl-D or 'exit' leaves");
            out.flush();
            AttributedString prompt = new AttributedString("yuanwen> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
            while (true) {
                String line;
                try {
                    line = reader.readLine(prompt.toAnsi(terminal));
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt: the line is dropped, the shell goes on
                } catch (EndOfFileException e) {
                    break;
                }
                String typed = line.strip();
                if (typed.isEmpty() || typed.startsWith("#")) {
                    continue;
                }
                if (typed.equals("exit") || typed.equals("quit")) {
                    break;
                }
                List<String> words = ShellWords.split(typed);
                TerminalColumns.setShellWidth(terminal.getWidth());
                ExitStatus status = execute(terminal, words, out);
                if (status.code() != 0) {
                    out.println("yuanwen: " + status.description());
                }
                out.flush();
            }
            reader.getHistory().save();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs one command on its own thread, so that Ctrl-C can cancel it: the thread is interrupted
     * (long commands look at that between their stages, and {@code align} then stops before it
     * writes), and if it has not ended after {@link #GRACE_MILLIS} it is stopped. Stopping is safe
     * here because commands share nothing that a half-done command could leave broken: files are
     * written to a temporary file and renamed, and caches are replaced, not changed in place.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private ExitStatus execute(Terminal terminal, List<String> words, PrintWriter out) {
        ExitStatus[] result = new ExitStatus[1];
        Thread worker = new Thread(() -> result[0] = runner.run(words, out), "yuanwen-command");
        long[] cancelledAt = {0};
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            cancelledAt[0] = System.nanoTime();
            worker.interrupt();
        });
        worker.start();
        try {
            while (worker.isAlive()) {
                worker.join(100);
                if (cancelledAt[0] != 0 && worker.isAlive()
                        && System.nanoTime() - cancelledAt[0] > TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS)) {
                    try {
                        worker.stop();
                    } catch (UnsupportedOperationException newerJava) {
                        // Java 20+: wait for the command to notice the interrupt
                    }
                    worker.join(TimeUnit.SECONDS.toMillis(5));
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
        out.flush();
        if (cancelledAt[0] != 0 && (result[0] == null || result[0].code() != 0)) {
            return new ExitStatus(Failure.CANCELLED, "cancelled: " + String.join(" ", words.subList(0,
                    Math.min(2, words.size()))) + " stopped before it wrote anything");
        }
        return result[0] == null ? new ExitStatus(Failure.INTERNAL, "internal error: the command ended without a status")
                : result[0];
    }
}
