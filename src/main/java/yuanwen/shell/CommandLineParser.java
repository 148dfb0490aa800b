package yuanwen.shell;

import java.util.List;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import yuanwen.text.EditDistance;

/**
 * Turns a command line into a command, its options and its arguments, for the interactive shell
 * and for one-shot runs alike.
 *
 * <p>Replaces Spring Shell's default parser for two reasons: one-shot runs must keep the words the
 * operating system already split (a quoted Chinese sentence with spaces stays one argument), and an
 * option the command does not have (a typo such as {@code --inn}) must be an error rather than be
 * ignored in silence.
 */
public class CommandLineParser implements CommandParser {

    private final CommandRegistry registry;

    public CommandLineParser(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ParsedInput parse(String input) {
        return parse(ShellWords.split(input));
    }

    /** Parses words that are already split, as the JVM hands them to {@code main}. */
    public ParsedInput parse(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no command given; try 'help'");
        }
        String name = words.get(0);
        ParsedInput.Builder builder = ParsedInput.builder().commandName(name);
        int next = 1;
        while (next < words.size() && isCommandPrefix(name + " " + words.get(next))) {
            name = name + " " + words.get(next);
            builder.addSubCommand(words.get(next));
            next++;
        }
        Command command = registry.getCommandByName(name);
        List<String> rest = words.subList(next, words.size());
        if (command == null) {
            if (!isCommandPrefix(name)) {
                // Spring Shell would list "sub-commands" of a typo such as "conver" and succeed.
                throw new IllegalArgumentException(unknownCommand(name));
            }
            if (!rest.isEmpty() && !isHelp(rest)) {
                // Spring Shell would list the sub-commands of "glossary frob" and succeed.
                throw new IllegalArgumentException(unknownSubCommand(name, rest.get(0)));
            }
            return builder.build(); // the executor reports unknown commands and lists sub-commands
        }
        if (isHelp(rest)) {
            builder.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
            return builder.build();
        }
        addOptionsAndArguments(command, rest, builder);
        return builder.build();
    }

    private void addOptionsAndArguments(Command command, List<String> rest, ParsedInput.Builder builder) {
        int argumentIndex = 0;
        boolean optionsEnded = false;
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (optionsEnded || !word.startsWith("-") || word.equals("-") || isNumber(word)) {
                builder.addArgument(new CommandArgument(argumentIndex++, word));
                continue;
            }
            if (word.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String key = word.startsWith("--") ? word.substring(2) : word.substring(1);
            String value = null;
            int equals = key.indexOf('=');
            if (equals >= 0) {
                value = key.substring(equals + 1);
                key = key.substring(0, equals);
            }
            CommandOption declared = find(command, key, word.startsWith("--"));
            boolean flag = declared.type() == boolean.class || declared.type() == Boolean.class;
            if (value == null) {
                String following = i + 1 < rest.size() ? rest.get(i + 1) : null;
                if (flag) {
                    value = following != null && (following.equals("true") || following.equals("false"))
                            ? rest.get(++i) : "true";
                } else if (following == null || (following.startsWith("--") && following.length() > 2)) {
                    throw new IllegalArgumentException("option --" + declared.longName() + " of '"
                            + command.getName() + "' needs a value");
                } else {
                    value = rest.get(++i);
                }
            }
            checkNumber(command, declared, value);
            builder.addOption(CommandOption.with().shortName(declared.shortName())
                    .longName(declared.longName()).value(value).type(declared.type()).build());
        }
    }

    /** "option --limit of 'quote' takes a number, not 'abc'", instead of Java's "For input string". */
    private static void checkNumber(Command command, CommandOption declared, String value) {
        Class<?> type = declared.type();
        boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class;
        boolean real = type == double.class || type == Double.class || type == float.class || type == Float.class;
        if (!whole && !real) {
            return;
        }
        try {
            if (whole) {
                Long.parseLong(value.strip());
            } else {
                Double.parseDouble(value.strip());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + declared.longName() + " of '" + command.getName()
                    + "' takes " + (whole ? "a whole number" : "a number") + ", not '" + value + "'");
        }
    }

    private static CommandOption find(Command command, String key, boolean longForm) {
        for (CommandOption option : command.getOptions()) {
            if (longForm ? key.equals(option.longName()) : key.length() == 1 && option.shortName() == key.charAt(0)) {
                return option;
            }
        }
        List<String> known = command.getOptions().stream().map(o -> "--" + o.longName()).toList();
        throw new IllegalArgumentException("unknown option " + (longForm ? "--" : "-") + key + " for '"
                + command.getName() + "'" + (known.isEmpty() ? "" : "; its options: " + String.join(" ", known)));
    }

    /** "unknown command 'conver'; did you mean 'convert'? …" — the one wording for every caller. */
    String unknownCommand(String name) {
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (Command c : registry.getCommands()) {
            if (c.isHidden()) {
                continue;
            }
            String first = c.getName().split(" ")[0];
            int d = EditDistance.between(name, first);
            if (d < best) {
                best = d;
                nearest = first;
            }
        }
        // Two edits catch the usual typos (conver, algin, glosary) without suggesting unrelated words.
        String hint = nearest != null && best <= 2 ? "; did you mean '" + nearest + "'?" : "";
        return "unknown command '" + name + "'" + hint + " (run 'help' to list the commands)";
    }

    /** "unknown sub-command 'frob' of 'glossary'; its sub-commands: add, check, …". */
    private String unknownSubCommand(String group, String word) {
        List<String> subCommands = registry.getCommands().stream().filter(c -> !c.isHidden()
                        && c.getName().startsWith(group + " "))
                .map(c -> c.getName().substring(group.length() + 1).split(" ")[0]).distinct().sorted().toList();
        String nearest = subCommands.stream().filter(c -> EditDistance.between(word, c) <= 2).findFirst().orElse(null);
        return "unknown sub-command '" + word + "' of '" + group + "'"
                + (nearest == null ? "" : "; did you mean '" + group + " " + nearest + "'?")
                + " (its sub-commands: " + String.join(", ", subCommands) + ")";
    }

    private boolean isCommandPrefix(String candidate) {
        return registry.getCommands().stream().anyMatch(c -> !c.isHidden()
                && (c.getName().equals(candidate) || c.getName().startsWith(candidate + " ")));
    }

    private static boolean isHelp(List<String> rest) {
        return rest.size() == 1 && (rest.get(0).equals("--help") || rest.get(0).equals("-h"));
    }

    private static boolean isNumber(String word) {
        return word.matches("-\\d+(\\.\\d+)?");
    }
}
