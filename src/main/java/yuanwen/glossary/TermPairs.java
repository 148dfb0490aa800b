package yuanwen.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Glossary entries as rows of English, Chinese and a comment, the shape of OmegaT TSV and of CSV
 * glossaries. Rows with the same English form make one entry: the first row's Chinese form is
 * preferred, the others admitted, and the comments join into the note. Writing gives one row per
 * Chinese form with the preferred English form and the note on the first row, so a file written
 * this way reads back as it was. English variants, statuses other than preferred/admitted, types
 * and sources have no place in the rows (use TBX to keep them).
 */
final class TermPairs {

    /** One row: English, Chinese, comment (may be empty), and the 1-based line it came from. */
    record Row(String en, String zh, String comment, int line) {
    }

    private TermPairs() {
    }

    static List<GlossaryEntry> entries(List<Row> rows) {
        Map<String, List<Row>> byEnglish = new LinkedHashMap<>();
        for (Row row : rows) {
            byEnglish.computeIfAbsent(row.en(), k -> new ArrayList<>()).add(row);
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        byEnglish.forEach((en, group) -> {
            List<Term> zh = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (Row row : group) {
                if (zh.stream().noneMatch(t -> t.form().equals(row.zh()))) {
                    zh.add(zh.isEmpty() ? Term.preferred(row.zh()) : Term.admitted(row.zh()));
                }
                if (!row.comment().isEmpty()) {
                    comments.add(row.comment());
                }
            }
            entries.add(new GlossaryEntry(GlossaryEntry.idFor(TermType.TERM, en), TermType.TERM, zh,
                    List.of(Term.preferred(en)), comments.isEmpty() ? null : String.join(" ", comments), null));
        });
        return entries;
    }

    static List<Row> rows(Glossary glossary) {
        List<Row> rows = new ArrayList<>();
        for (GlossaryEntry entry : glossary.entries()) {
            List<Term> zh = new ArrayList<>(entry.zh());
            zh.sort((a, b) -> Boolean.compare(!a.isPreferred(), !b.isPreferred())); // preferred first
            for (int i = 0; i < zh.size(); i++) {
                String note = i == 0 && entry.note() != null ? entry.note() : "";
                rows.add(new Row(entry.preferredEn(), zh.get(i).form(), note, 0));
            }
        }
        return rows;
    }
}
