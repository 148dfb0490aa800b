package yuanwen.shell;

import java.io.PrintWriter;
import java.util.List;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one command given as words and says how it ended, for one-shot runs and for each line of
 * {@code script --file}: parse (unknown commands and options are usage errors), execute, map any
 * failure to one line and an exit status.
 */
final class CommandRunner {

    private final CommandRegistry registry;
    private final CommandLineParser parser;

    CommandRunner(CommandRegistry registry, CommandLineParser parser) {
        this.registry = registry;
        this.parser = parser;
    }

    /** The command's exit status; 0 when it succeeded, otherwise its one-line message is in the result. */
    ExitStatus run(List<String> words, PrintWriter out) {
        try {
            if (words.stream().anyMatch(w -> w.indexOf('\uFFFD') >= 0)) {
                return new ExitStatus(Failure.USAGE, "the arguments hold characters this system's "
                        + "locale cannot represent; run with LANG=C.UTF-8 (or another UTF-8 locale)");
            }
            if (words.size() >= 2 && isHelp(words.get(words.size() - 1))) {
                // COMMAND --help prints the page that help COMMAND prints.
                List<String> name = words.subList(0, words.size() - 1);
                if (!name.get(0).equals("help")) {
                    out.print(ToolCommands.helpText(registry, name));
                    out.flush();
                    return ExitStatus.OK;
                }
            }
            ParsedInput input = parser.parse(words);
            CommandContext context = new CommandContext(input, registry, out, NO_INPUT);
            ExitStatus status = new CommandExecutor(registry).execute(context);
            out.flush();
            if (status.code() == 0) {
                return ExitStatus.OK;
            }
            return new ExitStatus(status.code() < 0 ? Failure.USAGE : status.code(), status.description());
        } catch (CommandNotFoundException e) {
            return new ExitStatus(Failure.USAGE, parser.unknownCommand(e.getCommandName()));
        } catch (Exception e) {
            out.flush();
            return Failure.of(e);
        }
    }

    private static boolean isHelp(String word) {
        return word.equals("--help") || word.equals("-h");
    }

    private static final InputReader NO_INPUT = new InputReader() {
    };
}
