package yuanwen.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Chooses between the interactive shell and a one-shot run. Spring Shell 4 ignores arguments once
 * the interactive shell is on, re-joins them into one string (losing the user's quoting) and always
 * exits with 0; so a one-shot run is executed here: parse the words as given, run the command,
 * print any error as one line on standard error, and remember the exit status for {@code main}.
 */
@Component
public class ShellStarter implements ApplicationRunner {

    private final CommandRegistry registry;
    private final CommandLineParser parser;
    private final ObjectProvider<ShellRunner> interactive;
    private int exitStatus;

    public ShellStarter(CommandRegistry registry, CommandLineParser parser, ObjectProvider<ShellRunner> interactive) {
        this.registry = registry;
        this.parser = parser;
        this.interactive = interactive;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String[] words = args.getSourceArgs();
        if (words.length == 0) {
            interactive.getObject().run(words);
            return;
        }
        exitStatus = runOnce(List.of(words));
    }

    int exitStatus() {
        return exitStatus;
    }

    private int runOnce(List<String> words) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        try {
            if (words.stream().anyMatch(w -> w.indexOf('\uFFFD') >= 0)) {
                return fail(err, new ExitStatus(Failure.USAGE, "the arguments hold characters this system's "
                        + "locale cannot represent; run with LANG=C.UTF-8 (or another UTF-8 locale)"));
            }
            ParsedInput input = parser.parse(words);
            CommandContext context = new CommandContext(input, registry, out, NO_INPUT);
            ExitStatus status = new CommandExecutor(registry).execute(context);
            out.flush();
            return status.code() == 0 ? 0 : fail(err, status);
        } catch (CommandNotFoundException e) {
            return fail(err, new ExitStatus(Failure.USAGE, "unknown command '" + e.getCommandName()
                    + "'; run 'help' to list the commands"));
        } catch (Exception e) {
            out.flush();
            return fail(err, Failure.of(e));
        }
    }

    private static int fail(PrintWriter err, ExitStatus status) {
        err.println("yuanwen: " + status.description());
        err.flush();
        return status.code() < 0 ? Failure.USAGE : status.code();
    }

    private static final InputReader NO_INPUT = new InputReader() {
    };
}
