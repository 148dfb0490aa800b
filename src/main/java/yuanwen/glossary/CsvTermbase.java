package yuanwen.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import yuanwen.text.BadInputException;

/**
 * A CSV glossary (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled).
 * Written with the header {@code en,zh,note}; read with a header of language codes in any order
 * ({@code en-US}, {@code zh-CN}, {@code note} or {@code comment}) or, without one, as
 * English, Chinese, comment.
 */
final class CsvTermbase {

    private CsvTermbase() {
    }

    static List<GlossaryEntry> read(Path file, String text) {
        List<List<String>> records = parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        int en = 0;
        int zh = 1;
        int note = 2;
        int first = 0;
        if (!records.isEmpty() && isHeader(records.get(0))) {
            List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            en = indexOf(header, "en");
            zh = indexOf(header, "zh");
            note = Math.max(header.indexOf("note"), header.indexOf("comment"));
            first = 1;
        }
        List<TermPairs.Row> rows = new ArrayList<>();
        for (int r = first; r < records.size(); r++) {
            List<String> fields = records.get(r);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() <= Math.max(en, zh) || fields.size() > 3 && first == 0) {
                throw new BadInputException(file, r + 1, "expected 2 or 3 columns (English, Chinese, comment), found "
                        + fields.size());
            }
            rows.add(new TermPairs.Row(fields.get(en).strip(), fields.get(zh).strip(),
                    note >= 0 && note < fields.size() ? fields.get(note).strip() : "", r + 1));
        }
        return TermPairs.entries(rows);
    }

    /**
     * A first row naming the languages (en/zh, English/Chinese, en-US/zh-CN, 英文/中文): a header, not
     * a term; a header naming only one of them was imported as an entry before.
     */
    private static boolean isHeader(List<String> row) {
        List<String> header = row.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        return indexOf(header, "en") >= 0 && indexOf(header, "zh") >= 0;
    }

    private static final java.util.Map<String, List<String>> LANGUAGE_NAMES = java.util.Map.of(
            "en", List.of("english", "英文", "英语", "source", "source term"),
            "zh", List.of("chinese", "中文", "汉语", "target", "target term"));

    private static int indexOf(List<String> header, String language) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.equals(language) || h.startsWith(language + "-") || h.startsWith(language + "_")
                    || LANGUAGE_NAMES.get(language).contains(h)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Records of RFC 4180 CSV; the record number in errors is the 1-based record, which is the line
     * unless a quoted field spans lines.
     */
    static List<List<String>> parse(Path file, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                    line += c == '\n' ? 1 : 0;
                }
                i++;
                continue;
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new BadInputException(file, line, "a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    static String write(Glossary glossary) {
        StringBuilder out = new StringBuilder("en,zh,note\r\n");
        for (TermPairs.Row row : TermPairs.rows(glossary)) {
            out.append(quote(row.en())).append(',').append(quote(row.zh())).append(',')
                    .append(quote(row.comment())).append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
