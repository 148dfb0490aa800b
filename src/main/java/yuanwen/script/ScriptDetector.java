package yuanwen.script;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells simplified from traditional Chinese by the characters that only one script has, and spots
 * Taiwan and Hong Kong phrasing with the same OpenCC dictionaries the conversions use (a Taiwan
 * phrase is a key of TWPhrasesRev, a Taiwan character variant a key of TWVariantsRev, and so on).
 */
public final class ScriptDetector {

    /** Below this share of the minority script a text still counts as written in the majority one. */
    private static final double MIXED_SHARE = 0.1;

    private final PhraseTable simplifiedToTraditional;
    private final PhraseTable traditionalToSimplified;
    private final PhraseTable taiwanForms;
    private final PhraseTable hongKongForms;

    public ScriptDetector() {
        this(Conversions.standard());
    }

    ScriptDetector(Conversions conversions) {
        simplifiedToTraditional = conversions.table("STCharacters");
        traditionalToSimplified = conversions.table("TSCharacters");
        List<PhraseTable> taiwan = List.of(conversions.table("TWPhrases"), conversions.table("TWVariants"),
                conversions.table("TWVariantsPhrases"));
        List<PhraseTable> hongKong = List.of(conversions.table("HKPhrases"), conversions.table("HKVariants"),
                conversions.table("HKVariantsPhrases"));
        Set<String> taiwanOnly = regionalOnly(taiwan);
        Set<String> hongKongOnly = regionalOnly(hongKong);
        // A form both regions write (為 where OpenCC's standard has 爲) tells neither apart.
        Set<String> shared = new HashSet<>(taiwanOnly);
        shared.retainAll(hongKongOnly);
        taiwanOnly.removeAll(shared);
        hongKongOnly.removeAll(shared);
        taiwanForms = tableOf("Taiwan forms", taiwanOnly);
        hongKongForms = tableOf("Hong Kong forms", hongKongOnly);
    }

    /**
     * The forms a region's conversion writes that it never converts from: 軟體 (written for 軟件) is
     * Taiwan's, while 程序 (converted to 程式) is not, though both appear in the Taiwan tables.
     */
    private static Set<String> regionalOnly(List<PhraseTable> tables) {
        Set<String> written = new HashSet<>();
        Set<String> convertedFrom = new HashSet<>();
        for (PhraseTable table : tables) {
            table.forEach((key, value) -> {
                convertedFrom.add(key);
                if (!value.equals(key)) {
                    written.add(value);
                }
            });
        }
        written.removeAll(convertedFrom);
        return written;
    }

    private static PhraseTable tableOf(String name, Set<String> forms) {
        PhraseTable table = new PhraseTable(name);
        forms.stream().sorted().forEach(form -> table.put(form, form));
        return table;
    }

    public ScriptReport detect(String text) {
        int han = 0;
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                String c = text.substring(i, i + width);
                boolean changesToTraditional = changes(simplifiedToTraditional, c);
                boolean changesToSimplified = changes(traditionalToSimplified, c);
                if (changesToTraditional && !changesToSimplified) {
                    simplified++;
                } else if (changesToSimplified && !changesToTraditional) {
                    traditional++;
                }
            }
            i += width;
        }
        Script script = verdict(han, simplified, traditional);
        // Regional variants such as 着 are also ordinary simplified characters: only look for them
        // in text that is traditional at least in part.
        boolean regional = script == Script.TRADITIONAL || script == Script.MIXED || script == Script.UNDETERMINED;
        if (!regional) {
            return new ScriptReport(script, han, simplified, traditional, List.of(), List.of());
        }
        return new ScriptReport(script, han, simplified, traditional,
                occurrences(text, taiwanForms), occurrences(text, hongKongForms));
    }

    private static boolean changes(PhraseTable table, String c) {
        String target = table.get(c);
        return target != null && !target.equals(c);
    }

    private static Script verdict(int han, int simplified, int traditional) {
        if (han == 0) {
            return Script.NOT_CHINESE;
        }
        int distinctive = simplified + traditional;
        if (distinctive == 0) {
            return Script.UNDETERMINED;
        }
        if (traditional <= distinctive * MIXED_SHARE) {
            return Script.SIMPLIFIED;
        }
        if (simplified <= distinctive * MIXED_SHARE) {
            return Script.TRADITIONAL;
        }
        return Script.MIXED;
    }

    /** Counts non-overlapping longest occurrences of the forms. */
    private static List<ScriptReport.FormCount> occurrences(String text, PhraseTable regional) {
        Map<String, Integer> counts = new TreeMap<>();
        Match match = new Match();
        for (int i = 0; i < text.length(); ) {
            if (regional.match(text, i, text.length(), match)) {
                counts.merge(match.value, 1, Integer::sum);
                i += match.length;
            } else {
                i++;
            }
        }
        List<ScriptReport.FormCount> forms = new ArrayList<>();
        counts.forEach((form, count) -> forms.add(new ScriptReport.FormCount(form, count)));
        forms.sort(Comparator.comparingInt(ScriptReport.FormCount::count).reversed()
                .thenComparing(ScriptReport.FormCount::form));
        return forms;
    }
}
