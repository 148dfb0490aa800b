package yuanwen.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * The help pages: {@code help} lists the commands by group, {@code help X} and {@code X --help}
 * print the same page (description, usage with positional arguments, every option with its
 * description, default and whether it is required, details, examples). Replaces Spring Shell's help,
 * whose command order changes from run to run and whose option lines run together; every list
 * here is in a fixed order, so the same version prints the same bytes.
 */
final class HelpPages {

    /** The groups in the order of the data's path; a group not named here follows, alphabetically. */
    private static final List<String> GROUP_ORDER = List.of("Script", "Sentences", "Align", "Pairs", "Glossary",
            "Built-In Commands");
    /** Examples, one a line ({@code COMMAND<TAB>example}): data, so that anyone may add one. */
    private static final String EXAMPLES = "/yuanwen/shell/help-examples.tsv";
    private static final Pattern PLACEHOLDER = Pattern.compile("^([A-Z][A-Z0-9_.|-]*|[a-z0-9]+(?:\\|[a-z0-9-]+)+)");

    private HelpPages() {
    }

    /** {@code help}: every visible command, grouped, with its one-line description. */
    static String overview(CommandRegistry registry) {
        Map<String, List<Command>> groups = new TreeMap<>(Comparator.comparingInt(HelpPages::groupRank)
                .thenComparing(Comparator.naturalOrder()));
        for (Command c : registry.getCommands()) {
            if (!c.isHidden()) {
                groups.computeIfAbsent(c.getGroup() == null || c.getGroup().isBlank() ? "Other" : c.getGroup(),
                        k -> new ArrayList<>()).add(c);
            }
        }
        int width = registry.getCommands().stream().mapToInt(c -> c.getName().length()).max().orElse(10) + 2;
        StringBuilder out = new StringBuilder();
        out.append("yuanwen: finds the English original of translated Chinese text\n\n");
        out.append("Usage: yuanwen [--workspace DIR] [COMMAND [OPTIONS] [ARGUMENTS]]\n");
        out.append("       (no command: the interactive shell; exit or Ctrl-D leaves it)\n");
        groups.forEach((group, commands) -> {
            out.append('\n').append(group).append('\n');
            commands.stream().sorted(Comparator.comparing(Command::getName)).forEach(c ->
                    out.append("  ").append(pad(c.getName(), width)).append(nullToEmpty(c.getDescription())).append('\n'));
        });
        out.append("\nhelp COMMAND (or COMMAND --help) shows a command's usage, options and examples.\n");
        return out.toString();
    }

    /** {@code help pairs}: the commands of a group of sub-commands, as the overview lists them. */
    static String group(CommandRegistry registry, String prefix) {
        StringBuilder out = new StringBuilder();
        List<Command> commands = registry.getCommands().stream().filter(c -> !c.isHidden()
                && c.getName().startsWith(prefix + " ")).sorted(Comparator.comparing(Command::getName)).toList();
        int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10) + 2;
        out.append("The ").append(prefix).append(" commands:\n");
        commands.forEach(c -> out.append("  ").append(pad(c.getName(), width)).append(nullToEmpty(c.getDescription()))
                .append('\n'));
        out.append("\nhelp ").append(prefix).append(" SUB-COMMAND shows one.\n");
        return out.toString();
    }

    /** The page of one command. */
    static String page(Command command) {
        List<String> help = command.getHelp() == null || command.getHelp().isBlank() ? List.of()
                : command.getHelp().strip().lines().toList();
        List<String> usage = new ArrayList<>();
        int i = 0;
        // The usage lines come first: the command's name, then continuation lines indented past it.
        while (i < help.size() && (i == 0 ? help.get(0).startsWith(command.getName())
                : help.get(i).startsWith(" ".repeat(Math.min(command.getName().length(), 8)))
                && !help.get(i).strip().startsWith("--"))) {
            usage.add(help.get(i));
            i++;
        }
        if (usage.isEmpty()) {
            usage.add(command.getName() + (command.getOptions().isEmpty() ? "" : " [OPTIONS]"));
        }
        List<String> details = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (; i < help.size(); i++) {
            String line = help.get(i);
            if (line.startsWith("Example: ")) {
                examples.add(line.substring("Example: ".length()).strip());
            } else {
                details.add(line);
            }
        }
        examples.addAll(examples().getOrDefault(command.getName(), List.of()));

        StringBuilder out = new StringBuilder();
        out.append(command.getName()).append(" - ").append(nullToEmpty(command.getDescription())).append("\n\n");
        out.append("Usage:\n");
        usage.forEach(u -> out.append("  ").append(u).append('\n'));
        String usageText = String.join(" ", usage);
        List<String[]> rows = new ArrayList<>();
        for (CommandOption option : command.getOptions()) {
            String names = "--" + option.longName() + (option.shortName() == ' ' || option.shortName() == 0 ? ""
                    : ", -" + option.shortName());
            String value = isFlag(option) ? "" : " " + placeholder(option, usageText);
            StringBuilder text = new StringBuilder(nullToEmpty(option.description()));
            if (Boolean.TRUE.equals(option.required())) {
                text.append(" (required)");
            }
            if (option.defaultValue() != null && !option.defaultValue().isBlank() && !isFlag(option)) {
                text.append(" (default: ").append(option.defaultValue()).append(')');
            }
            rows.add(new String[] {names + value, text.toString()});
        }
        rows.add(new String[] {"--help, -h", "print this page"});
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 2;
        out.append("\nOptions:\n");
        rows.forEach(r -> out.append("  ").append(pad(r[0], width)).append(r[1]).append('\n'));
        while (!details.isEmpty() && details.get(details.size() - 1).isBlank()) {
            details.remove(details.size() - 1);
        }
        if (!details.isEmpty()) {
            out.append("\nDetails:\n");
            details.forEach(d -> out.append(d.isBlank() ? "" : "  " + d).append('\n'));
        }
        if (!examples.isEmpty()) {
            out.append("\nExamples:\n");
            examples.forEach(e -> out.append("  ").append(e).append('\n'));
        }
        return out.toString();
    }

    /** The value's name as the usage line writes it ({@code --zh FILE} → FILE), else from its type. */
    private static String placeholder(CommandOption option, String usage) {
        int at = usage.indexOf("--" + option.longName() + " ");
        if (at >= 0) {
            Matcher m = PLACEHOLDER.matcher(usage.substring(at + option.longName().length() + 3));
            if (m.find()) {
                return m.group(1);
            }
        }
        Class<?> type = option.type();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "N";
        }
        if (type == Double.class || type == double.class) {
            return "X";
        }
        return OptionValues.PATH_OPTIONS.contains(option.longName()) ? "FILE" : option.longName().toUpperCase(Locale.ROOT);
    }

    private static boolean isFlag(CommandOption option) {
        return option.type() == boolean.class || option.type() == Boolean.class;
    }

    private static int groupRank(String group) {
        int rank = GROUP_ORDER.indexOf(group);
        return rank < 0 ? GROUP_ORDER.size() : rank;
    }

    private static Map<String, List<String>> examples;

    private static synchronized Map<String, List<String>> examples() {
        if (examples == null) {
            Map<String, List<String>> read = new LinkedHashMap<>();
            try (InputStream in = HelpPages.class.getResourceAsStream(EXAMPLES)) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        int tab = line.indexOf('\t');
                        if (line.isBlank() || line.startsWith("#") || tab < 0) {
                            continue;
                        }
                        read.computeIfAbsent(line.substring(0, tab).strip(), k -> new ArrayList<>())
                                .add(line.substring(tab + 1).strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            examples = read;
        }
        return examples;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + "  " : text + " ".repeat(width - text.length());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
