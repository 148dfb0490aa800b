package yuanwen.glossary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import yuanwen.text.AtomicFiles;
import yuanwen.text.BadInputException;
import yuanwen.text.TextDecoder;

/**
 * Reads and writes glossary files ({@code glossary/*.json}, format in {@code glossary/README.md}).
 * Loading reports every problem of the file at once; saving writes atomically and keeps the
 * previous file as {@code FILE.bak}, so a failed or killed write leaves the old glossary intact.
 */
public final class GlossaryFile {

    /** Where commands look when no {@code --glossary} is given, relative to the working folder. */
    public static final Path DEFAULT = Path.of("glossary", "glossary.json");

    private GlossaryFile() {
    }

    /**
     * Reads and validates a glossary.
     *
     * @throws BadInputException for a missing file ({@code FILE: no such file}), malformed JSON
     *     ({@code FILE:LINE:COLUMN: malformed JSON: …}) or invalid entries: a first line
     *     {@code FILE: N problems}, then one line per problem, {@code FILE:LINE: entry ID: problem}
     */
    public static Glossary load(Path file) {
        TextDecoder.requireReadableFile(file);
        return parse(TextDecoder.read(file).text(), file);
    }

    /** {@link #load}, or an empty glossary when the file does not exist yet (for a first {@code add}). */
    public static Glossary loadOrEmpty(Path file) {
        return Files.exists(file) ? load(file) : Glossary.empty();
    }

    /**
     * Writes a glossary in the storage format, atomically, keeping the old file as {@code FILE.bak}.
     *
     * @throws BadInputException when the glossary has problems (nothing is written) or the file
     *     cannot be written
     */
    public static void save(Path file, Glossary glossary) {
        List<String> problems = glossary.problems();
        if (!problems.isEmpty()) {
            throw problems(file, "", problems);
        }
        byte[] bytes = format(glossary).getBytes(StandardCharsets.UTF_8);
        save(file, out -> out.write(bytes));
    }

    /** Writes whatever {@code content} writes in place of {@code file}, all or nothing. */
    static void save(Path file, AtomicFiles.Content content) {
        try {
            AtomicFiles.writeKeepingBackup(file, content);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be written (the previous version is unchanged): "
                    + e.getMessage());
        }
    }

    /** The storage format of a glossary: the same glossary always gives the same text. */
    public static String format(Glossary glossary) {
        return GlossaryJson.format(glossary);
    }

    /** Entries as a JSON array in the storage format's shape, for {@code glossary list --json}. */
    public static String formatEntries(List<GlossaryEntry> entries) {
        return GlossaryJson.formatEntries(entries);
    }

    /** Reads glossary JSON that is not in a file, e.g. from standard input; same checks as {@link #load}. */
    public static Glossary parse(String json, Path file) {
        GlossaryJson.Parsed parsed;
        try {
            parsed = GlossaryJson.parse(json);
        } catch (GlossaryJson.MalformedJsonException e) {
            throw new BadInputException(file + ":" + e.line + ":" + e.column + ": malformed JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty()) {
            problems.addAll(parsed.glossary().problems());
        }
        if (!problems.isEmpty()) {
            throw problems(file, json, problems);
        }
        return parsed.glossary();
    }

    /** One exception listing every problem, each with the line of its entry where the text shows it. */
    private static BadInputException problems(Path file, String text, List<String> problems) {
        if (problems.size() == 1) {
            // One problem, one line: FILE[:LINE]: problem.
            int line = lineOfEntry(text, problems.get(0));
            return new BadInputException(file + (line > 0 ? ":" + line : "") + ": " + problems.get(0));
        }
        StringBuilder message = new StringBuilder();
        message.append(file).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (String problem : problems) {
            message.append('\n').append(file);
            int line = lineOfEntry(text, problem);
            if (line > 0) {
                message.append(':').append(line);
            }
            message.append(": ").append(problem);
        }
        return new BadInputException(message.toString());
    }

    /** The line of {@code "id": "ID"} for a problem {@code entry ID: …}, or 0. */
    private static int lineOfEntry(String text, String problem) {
        if (!problem.startsWith("entry ")) {
            return 0;
        }
        int colon = problem.indexOf(": ");
        String id = problem.substring("entry ".length(), colon < 0 ? problem.length() : colon);
        int at = text.indexOf("\"id\": " + GlossaryJson.quote(id));
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
