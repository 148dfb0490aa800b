package yuanwen.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import yuanwen.script.ChineseKey;
import yuanwen.script.Conversions;

/**
 * Looks entries up by any of their forms, in either language and any script: a traditional or
 * Taiwan query is also tried in simplified (貝索斯 → 贝索斯, 軟體 → 软件); a form containing the
 * query counts, and so does a Latin form or word within two edits of it (Bezso, Nadela), so that
 * misspellings and ASR spellings find their entry. Exact matches come first, then substrings, then
 * near misses, each by id.
 */
public final class GlossarySearch {

    /** One result and how close it came: 0 exact, 1 contains the query, 2+ edits away. */
    public record Hit(GlossaryEntry entry, String form, int distance) {

        /** How the form matched, in words: {@code exact}, {@code contains}, {@code 1 edit}, {@code 2 edits}. */
        public String how() {
            return switch (distance) {
                case 0 -> "exact";
                case 1 -> "contains";
                default -> (distance - 2) + (distance == 3 ? " edit" : " edits");
            };
        }
    }

    private final Glossary glossary;

    public GlossarySearch(Glossary glossary) {
        this.glossary = glossary;
    }

    public List<Hit> search(String query) {
        Set<String> queries = new LinkedHashSet<>();
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        queries.add(q);
        queries.add(Conversions.standard().get("t2s").convert(q));
        queries.add(ChineseKey.of(q));
        queries.add(Conversions.standard().get("hk2s").convert(q));
        List<Hit> hits = new ArrayList<>();
        for (GlossaryEntry entry : glossary.entries()) {
            Hit best = null;
            for (Term term : (Iterable<Term>) entry.allTerms()::iterator) {
                for (String wanted : queries) {
                    int distance = distance(wanted, term.form().toLowerCase(Locale.ROOT));
                    if (distance >= 0 && (best == null || distance < best.distance())) {
                        best = new Hit(entry, term.form(), distance);
                    }
                }
            }
            if (best == null && entry.id().contains(q)) {
                best = new Hit(entry, entry.id(), 1);
            }
            if (best != null) {
                hits.add(best);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::distance).thenComparing(h -> h.entry().id()));
        return hits;
    }

    /** 0 equal, 1 the form contains the query, 2 + edits for near Latin words, or -1. */
    private static int distance(String query, String form) {
        if (form.equals(query)) {
            return 0;
        }
        if (form.contains(query)) {
            return 1;
        }
        if (!isLatin(query) || query.length() < 4) {
            return -1;
        }
        int allowed = query.length() <= 5 ? 1 : 2;
        int best = editDistance(query, form, allowed);
        for (String word : form.split("[\\s-]+")) {
            best = Math.min(best, editDistance(query, word, allowed));
        }
        return best <= allowed ? 2 + best : -1;
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }

    /**
     * Edit distance counting a swap of neighbours as one edit (Bezso, Bezos), or {@code limit + 1}
     * as soon as it must exceed {@code limit}.
     */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = i;
            int rowBest = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowBest = Math.min(rowBest, d[i][j]);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
