package yuanwen.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;

/**
 * Tab completion in the shell: command and sub-command names, a command's options, option values
 * ({@link OptionValues}: conversions, targets, formats, statuses), file paths for the options and
 * arguments that take files, alignment names from the workspace's {@code aligned/}, pair ids of the
 * alignment named on the line, and glossary entry ids.
 */
final class ShellCompleter implements Completer {

    /** Sub-commands whose second argument is a pair id of the alignment named first. */
    private static final Set<String> PAIR_ID_COMMANDS = Set.of("pairs show", "pairs accept", "pairs reject",
            "pairs edit");
    /** Sub-commands whose argument is a glossary entry id. */
    private static final Set<String> ENTRY_ID_COMMANDS = Set.of("glossary show", "glossary edit", "glossary remove");

    private final CommandRegistry registry;
    private final Completer files = new Completers.FileNameCompleter();

    ShellCompleter(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        List<String> before = words.subList(0, Math.min(index, words.size()));
        if (index == 0) {
            Set<String> first = new LinkedHashSet<>();
            visible().forEach(c -> first.add(c.getName().split(" ")[0]));
            first.add("exit");
            add(candidates, first);
            return;
        }
        String name = before.get(0);
        int next = 1;
        while (next < before.size() && isPrefix(name + " " + before.get(next))) {
            name = name + " " + before.get(next);
            next++;
        }
        Command command = registry.getCommandByName(name);
        if (command == null) {
            if (next == index && isPrefix(name)) {
                String group = name;
                Set<String> subs = new LinkedHashSet<>();
                visible().filter(c -> c.getName().startsWith(group + " "))
                        .forEach(c -> subs.add(c.getName().substring(group.length() + 1).split(" ")[0]));
                add(candidates, subs);
            } else if (name.equals("help")) {
                Set<String> names = new LinkedHashSet<>();
                visible().forEach(c -> names.add(c.getName().split(" ")[0]));
                add(candidates, names);
            }
            return;
        }
        String current = line.word();
        String previous = before.get(before.size() - 1);
        if (previous.startsWith("--") && index - 1 >= next) {
            String option = previous.substring(2);
            CommandOption declared = command.getOptions().stream().filter(o -> o.longName().equals(option))
                    .findFirst().orElse(null);
            if (declared != null && declared.type() != boolean.class && declared.type() != Boolean.class) {
                completeValue(reader, line, candidates, command.getName(), option);
                return;
            }
        }
        if (current.startsWith("-")) {
            List<String> options = new ArrayList<>();
            command.getOptions().forEach(o -> options.add("--" + o.longName()));
            options.add("--help");
            add(candidates, options);
            return;
        }
        int position = positionalIndex(command, before.subList(next, before.size()));
        if (command.getName().startsWith("pairs ") && position == 0) {
            add(candidates, Workspace.current().store().names());
        } else if (PAIR_ID_COMMANDS.contains(command.getName()) && position >= 1) {
            add(candidates, pairIds(positionalWords(command, before.subList(next, before.size())).get(0)));
        } else if (ENTRY_ID_COMMANDS.contains(command.getName()) && position == 0) {
            add(candidates, entryIds());
        } else if (command.getName().equals("completion")) {
            add(candidates, List.of("bash"));
        } else {
            files.complete(reader, line, candidates);
        }
    }

    private void completeValue(LineReader reader, ParsedLine line, List<Candidate> candidates, String command,
                               String option) {
        List<String> values = OptionValues.of(command, option);
        if (values != null) {
            add(candidates, values);
        } else if (option.equals("aligned")) {
            add(candidates, Workspace.current().store().names());
        } else if (option.equals("glossary")) {
            add(candidates, List.of("none"));
            files.complete(reader, line, candidates);
        } else if (OptionValues.PATH_OPTIONS.contains(option)) {
            files.complete(reader, line, candidates);
        }
    }

    /** How many positional words come before the one being completed. */
    private static int positionalIndex(Command command, List<String> afterName) {
        return positionalWords(command, afterName).size();
    }

    private static List<String> positionalWords(Command command, List<String> afterName) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < afterName.size(); i++) {
            String w = afterName.get(i);
            if (w.startsWith("--")) {
                String option = w.substring(2);
                boolean flag = command.getOptions().stream().anyMatch(o -> o.longName().equals(option)
                        && (o.type() == boolean.class || o.type() == Boolean.class));
                if (!flag && !option.contains("=")) {
                    i++; // its value
                }
            } else {
                positional.add(w);
            }
        }
        return positional;
    }

    private static List<String> pairIds(String alignment) {
        try {
            AlignedStore store = Workspace.current().store();
            if (!store.exists(alignment)) {
                return List.of();
            }
            return store.load(alignment).links().stream().map(AlignmentFile.Link::id).toList();
        } catch (RuntimeException unreadable) {
            return List.of(); // completion offers nothing rather than an error under the cursor
        }
    }

    private static List<String> entryIds() {
        try {
            GlossaryInUse glossary = GlossaryInUse.resolve(null);
            return glossary.load().entries().stream().map(e -> e.id()).toList();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    private java.util.stream.Stream<Command> visible() {
        return registry.getCommands().stream().filter(c -> !c.isHidden());
    }

    private boolean isPrefix(String candidate) {
        return visible().anyMatch(c -> c.getName().equals(candidate) || c.getName().startsWith(candidate + " "));
    }

    private static void add(List<Candidate> candidates, Iterable<String> values) {
        for (String v : values) {
            candidates.add(new Candidate(v));
        }
    }

}
