package yuanwen.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import yuanwen.text.WordList;

/**
 * English words of one family that the Porter stemmer leaves apart: derivations it cuts to
 * different stems ("environments" → environ, "environmental" → environment; "automatic" →
 * automat, "automated" → autom) and irregular forms ({@code irregular-forms.en.txt}: "wrote" →
 * write, "children" → child). A dictionary translation names one member ("environment"); the
 * source says another. On the TED dev talks, 5% of lines had no candidate span covering their
 * original at all, many of them for want of such a match.
 *
 * <p>Only relations that keep the longer word a derivation of the shorter are accepted: the
 * shorter stem has at least {@link #MIN_STEM} letters and the rest is a derivational suffix, so
 * "state" does not find "station".
 */
final class WordFamilies {

    private static final int MIN_STEM = 5;
    /** Endings of Porter stems that derive one member of a family from another. */
    private static final String[] SUFFIXES = {"al", "ment", "at", "ic", "ical", "ion", "ation", "ist", "ism", "iz",
            "er", "or", "iv", "iti", "li", "ou", "ent", "ant", "ur", "ship", "ness", "ial", "ian", "e", "ate"};
    private static final Map<String, String> IRREGULAR = readIrregular();

    private WordFamilies() {
    }

    /**
     * For the English stems of a source, the other stems of their families that a translation
     * may name.
     *
     * @param sourceStems the stems the source has (letters only)
     * @return for each related stem, the source stems of its family (sorted, without itself)
     */
    static Map<String, List<String>> relatives(Iterable<String> sourceStems) {
        EnglishWords words = new EnglishWords();
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (String t : sourceStems) {
            if (t.length() < 3 || !t.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue;
            }
            String again = words.stemOrNull(t);
            if (again != null && !again.equals(t)) {
                add(out, again, t);
            }
            for (String suffix : SUFFIXES) {
                if (t.endsWith(suffix) && t.length() - suffix.length() >= MIN_STEM) {
                    add(out, t.substring(0, t.length() - suffix.length()), t);
                }
                if (t.length() >= MIN_STEM) {
                    add(out, t + suffix, t);
                }
            }
            String base = IRREGULAR.get(t);
            if (base != null) {
                add(out, base, t);
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        return lists;
    }

    private static void add(Map<String, TreeSet<String>> out, String related, String sourceStem) {
        if (!related.equals(sourceStem)) {
            out.computeIfAbsent(related, k -> new TreeSet<>()).add(sourceStem);
        }
    }

    /** Stem of each irregular form → stem of its base word. */
    private static Map<String, String> readIrregular() {
        EnglishWords words = new EnglishWords();
        Map<String, String> map = new HashMap<>();
        for (String line : WordList.lines(WordFamilies.class, "irregular-forms.en.txt")) {
            List<String> forms = List.of(line.split("\\s+"));
            String base = words.stemOrNull(forms.get(0));
            if (base == null) {
                continue;
            }
            for (String form : forms.subList(1, forms.size())) {
                String stem = words.stemOrNull(form);
                if (stem != null && !stem.equals(base)) {
                    map.putIfAbsent(stem, base);
                }
            }
        }
        return Map.copyOf(map);
    }
}
