package yuanwen.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Chinese forms of a glossary in Chinese text of any script: every form in simplified,
 * traditional, Taiwan and Hong Kong script (derived or overridden, see {@link ScriptForms}) is a key
 * of one automaton, so one pass finds them all. Latin forms (OpenAI, Bing) match in any case but
 * only as whole words, so Bing is not found in Bingo; the middle dots of names (·・•‧) are one.
 */
final class ChineseTerms {

    /** A glossary form a key stands for: the entry and the form as the glossary writes it. */
    private record Origin(String entryId, String form) {
    }

    private final FormAutomaton automaton;
    /** The glossary forms of each key; several when a form belongs to several entries (比尔). */
    private final List<List<Origin>> origins = new ArrayList<>();
    /** Whether a key starts / ends with a Latin letter or digit, and so needs a word boundary there. */
    private final boolean[] latinStart;
    private final boolean[] latinEnd;

    ChineseTerms(Glossary glossary) {
        ScriptForms scripts = glossary.forms();
        FormAutomaton.Builder builder = new FormAutomaton.Builder();
        List<String> keys = new ArrayList<>();
        for (GlossaryEntry entry : glossary.entries()) {
            for (Term term : entry.zh()) {
                for (String spelling : scripts.of(term).all()) {
                    String key = fold(spelling);
                    if (key.isEmpty()) {
                        continue;
                    }
                    int number = builder.add(key);
                    if (number == origins.size()) {
                        origins.add(new ArrayList<>(1));
                        keys.add(key);
                    }
                    List<Origin> list = origins.get(number);
                    if (list.stream().noneMatch(o -> o.entryId().equals(entry.id()))) {
                        list.add(new Origin(entry.id(), term.form()));
                    }
                }
            }
        }
        automaton = builder.build();
        latinStart = new boolean[keys.size()];
        latinEnd = new boolean[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            latinStart[k] = isLatin(keys.get(k).charAt(0));
            latinEnd[k] = isLatin(keys.get(k).charAt(keys.get(k).length() - 1));
        }
    }

    /** Non-overlapping occurrences, the longest at the leftmost place first, sorted by start. */
    List<TermMatch> find(String text) {
        int n = text.length();
        int[] longest = new int[n];   // the longest key starting at each place
        int[] keyAt = new int[n];
        automaton.scan(text, ChineseTerms::foldChar, (key, end) -> {
            int length = automaton.keyLength(key);
            int start = end - length;
            if (length > longest[start] && boundaries(text, key, start, end)) {
                longest[start] = length;
                keyAt[start] = key;
            }
        });
        List<TermMatch> matches = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (longest[i] == 0) {
                i++;
                continue;
            }
            int end = i + longest[i];
            for (Origin origin : origins.get(keyAt[i])) {
                matches.add(new TermMatch(origin.entryId(), origin.form(), i, end));
            }
            i = end;
        }
        return matches;
    }

    private boolean boundaries(String text, int key, int start, int end) {
        return !(latinStart[key] && start > 0 && isLatin(text.charAt(start - 1)))
                && !(latinEnd[key] && end < text.length() && isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static String fold(String s) {
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            folded.append(foldChar(s.charAt(i)));
        }
        return folded.toString().strip();
    }

    /** ASCII letters to lower case; the middle dots Chinese writes between names to one. */
    static char foldChar(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return switch (c) {
            case '・', '•', '‧', '∙', '⋅', '･', 'ꞏ' -> '·';
            default -> c;
        };
    }
}
