package yuanwen.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import yuanwen.text.BadInputException;

/**
 * OmegaT's tab-separated glossary: {@code source⇥target⇥comment} per line (English, Chinese,
 * comment), lines starting with {@code #} are comments, a byte-order mark is tolerated. Tabs and
 * line breaks inside a field cannot be written in this format and become spaces.
 */
final class TsvTermbase {

    static final String HEADER = "# Glossary in tab-separated format -*- coding: utf-8 -*-";

    private TsvTermbase() {
    }

    static List<GlossaryEntry> read(Path file, String text) {
        List<TermPairs.Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields.length > 3) {
                throw new BadInputException(file, i + 1, "expected 2 or 3 tab-separated columns (English, Chinese,"
                        + " comment), found " + fields.length);
            }
            if (fields[0].isBlank() || fields[1].isBlank()) {
                throw new BadInputException(file, i + 1, "empty " + (fields[0].isBlank() ? "English" : "Chinese")
                        + " term");
            }
            rows.add(new TermPairs.Row(fields[0].strip(), fields[1].strip(),
                    fields.length == 3 ? fields[2].strip() : "", i + 1));
        }
        return TermPairs.entries(rows);
    }

    static String write(Glossary glossary) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (TermPairs.Row row : TermPairs.rows(glossary)) {
            out.append(field(row.en())).append('\t').append(field(row.zh()));
            if (!row.comment().isEmpty()) {
                out.append('\t').append(field(row.comment()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String field(String value) {
        return value.replaceAll("[\t\r\n]+", " ");
    }
}
