package yuanwen.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import yuanwen.text.BadInputException;
import yuanwen.text.TextDecoder;

/**
 * {@code version} and {@code script}: Spring Shell's own commands of these names report Spring
 * Shell's version and run a file of commands without exit statuses or comments; these replace them
 * (the built-ins are switched off in {@link YuanwenApplication}).
 */
@Component
public class ToolCommands {

    private static final String GROUP = "Built-In Commands";

    private final ObjectProvider<BuildProperties> build;

    public ToolCommands(ObjectProvider<BuildProperties> build) {
        this.build = build;
    }

    @Command(name = "version", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Yuanwen's version and the versions of the data it ships (also: yuanwen --version)")
    public void version(CommandContext context) {
        PrintWriter console = context.outputWriter();
        BuildProperties properties = build.getIfAvailable();
        console.println("yuanwen " + (properties == null ? "(development build)" : properties.getVersion()));
        Properties data = dataVersions();
        console.println("  " + data.getProperty("opencc"));
        console.println("  " + data.getProperty("cedict"));
        GlossaryInUse glossary = GlossaryInUse.resolve(null);
        console.println("  glossary: " + glossary.describe(glossary.load()));
        console.println("  " + Workspace.current().describe());
        console.println("  Java " + System.getProperty("java.version"));
        console.flush();
    }

    @Command(name = "help", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "List the commands, or show one command's usage, options and examples",
            help = """
                    help [COMMAND]
                    help COMMAND prints the same page as COMMAND --help.""")
    public void help(@Arguments List<String> words, CommandContext context) {
        PrintWriter console = context.outputWriter();
        console.print(helpText(context.commandRegistry(), words == null ? List.of() : words));
        console.flush();
    }

    /** The help for the words after {@code help}: the overview, a group of sub-commands, or a command's page. */
    static String helpText(CommandRegistry registry, List<String> words) {
        if (words.isEmpty()) {
            return HelpPages.overview(registry);
        }
        String name = String.join(" ", words);
        org.springframework.shell.core.command.Command command = registry.getCommandByName(name);
        if (command != null) {
            return HelpPages.page(command);
        }
        if (registry.getCommands().stream().anyMatch(c -> c.getName().startsWith(name + " "))) {
            return HelpPages.group(registry, name);
        }
        throw new IllegalArgumentException(new CommandLineParser(registry).unknownCommand(name));
    }

    @Command(name = "init", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Make a folder (default: this one) a workspace: aligned/ and glossary/",
            help = """
                    init [DIR]
                    A workspace holds your alignments (aligned/NAME.json), your own glossary
                    (glossary/glossary.json: its entries add to the shipped glossary, and replace a
                    shipped entry of the same id) and the shell's history. Yuanwen uses the current
                    folder when it has aligned/ or glossary/, else --workspace DIR, else $YUANWEN_HOME.
                    Example: init ~/articles""")
    public void init(@Arguments List<String> words, CommandContext context) {
        if (words != null && words.size() > 1) {
            throw new IllegalArgumentException("init takes one folder, not " + words.size() + " words");
        }
        Path folder = Path.of(words == null || words.isEmpty() ? "." : words.get(0));
        boolean was = Workspace.isWorkspace(folder);
        Workspace.init(folder);
        if (!Workspace.current().exists()) {
            // The shell goes on in the new workspace when it was made here.
            Workspace.use(Workspace.choose(null, Path.of(""), System.getenv(Workspace.ENVIRONMENT)));
        }
        PrintWriter console = context.outputWriter();
        Path shown = folder.toAbsolutePath().normalize();
        console.println(was ? shown + " is already a workspace (aligned/ and glossary/ are there)"
                : "made " + shown + " a workspace: aligned/ for alignments, glossary/ for your own glossary entries");
        console.flush();
    }

    @Command(name = "script", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Run the commands of a file, one a line; stop at the first that fails",
            help = """
                    script --file FILE [--keep-going]
                      --file        one command a line, words quoted as in a Unix shell; blank lines
                                    and lines starting with # are skipped
                      --keep-going  run every line even after one fails
                    The exit status is the first failing command's (0 when all succeed); each
                    failure is reported as FILE:LINE: message.""")
    public void script(
            @Option(longName = "file", shortName = 'f', required = true, description = "the file of commands") String file,
            @Option(longName = "keep-going", description = "run every line even after one fails") boolean keepGoing,
            CommandContext context) {
        Path path = Path.of(file);
        List<String> lines = TextDecoder.read(path).text().lines().toList();
        // The registry comes with the context: a command bean cannot depend on the registry it is in.
        CommandRegistry registry = context.commandRegistry();
        CommandRunner runner = new CommandRunner(registry, new CommandLineParser(registry));
        PrintWriter out = context.outputWriter();
        int firstStatus = 0;
        int firstLine = 0;
        int failed = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = ShellWords.split(line);
            if (!words.isEmpty() && words.get(0).equals("script")) {
                throw new BadInputException(path, i + 1, "a script cannot run another script");
            }
            ExitStatus status = runner.run(words, out);
            if (status.code() == 0) {
                continue;
            }
            String where = path + ":" + (i + 1) + ": " + status.description();
            if (!keepGoing) {
                throw new ScriptFailure(status.code(), where);
            }
            System.err.println("yuanwen: " + where);
            if (failed++ == 0) {
                firstStatus = status.code();
                firstLine = i + 1;
            }
        }
        out.flush();
        if (failed > 0) {
            throw new ScriptFailure(firstStatus, "%s: %d command%s failed, the first at line %d"
                    .formatted(path, failed, failed == 1 ? "" : "s", firstLine));
        }
    }

    @Command(name = "completion", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Print a bash completion script: source <(yuanwen completion bash)",
            help = """
                    completion bash
                    Prints a bash completion script made from the commands and options of this
                    version: commands, sub-commands, options, file paths, alignment names (from
                    ./aligned), OpenCC conversions, target scripts and formats. Install it with
                      yuanwen completion bash > ~/.local/share/bash-completion/completions/yuanwen""")
    public void completion(@Argument(index = 0, description = "the shell: bash") String shell, CommandContext context) {
        if (!"bash".equals(shell)) {
            throw new IllegalArgumentException("completion: only bash is supported (yuanwen completion bash)");
        }
        PrintWriter console = context.outputWriter();
        console.print(BashCompletion.script(context.commandRegistry()));
        console.flush();
    }

    private static Properties dataVersions() {
        Properties properties = new Properties();
        try (InputStream in = ToolCommands.class.getResourceAsStream("/yuanwen/data-versions.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A script line failed: the script ends with that command's exit status. */
    static final class ScriptFailure extends RuntimeException {
        private final int status;

        ScriptFailure(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
