package yuanwen.script;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    private final List<PhraseTable> taiwan;
    private final List<PhraseTable> hongKong;

    public ScriptDetector() {
        this(Conversions.standard());
    }

    ScriptDetector(Conversions conversions) {
        simplifiedToTraditional = conversions.table("STCharacters");
        traditionalToSimplified = conversions.table("TSCharacters");
        taiwan = List.of(conversions.table("TWPhrasesRev"), conversions.table("TWVariantsRev"));
        hongKong = List.of(conversions.table("HKPhrasesRev"), conversions.table("HKVariantsRev"));
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
        List<ScriptReport.FormCount> taiwanForms = regionalForms(text, taiwan);
        List<ScriptReport.FormCount> hongKongForms = regionalForms(text, hongKong);
        // A form both regions write (為 where OpenCC's standard has 爲) tells neither apart.
        List<ScriptReport.FormCount> shared = new ArrayList<>(taiwanForms);
        shared.retainAll(hongKongForms);
        taiwanForms.removeAll(shared);
        hongKongForms.removeAll(shared);
        return new ScriptReport(script, han, simplified, traditional, taiwanForms, hongKongForms);
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

    /** Counts non-overlapping longest occurrences of the tables' keys that actually change. */
    private static List<ScriptReport.FormCount> regionalForms(String text, List<PhraseTable> tables) {
        Map<String, Integer> counts = new TreeMap<>();
        Match match = new Match();
        for (int i = 0; i < text.length(); ) {
            int advance = 1;
            for (PhraseTable table : tables) {
                if (table.match(text, i, text.length(), match)) {
                    String form = text.substring(i, i + match.length);
                    if (!form.equals(match.value)) {
                        counts.merge(form, 1, Integer::sum);
                    }
                    advance = match.length;
                    break;
                }
            }
            i += advance;
        }
        List<ScriptReport.FormCount> forms = new ArrayList<>();
        counts.forEach((form, count) -> forms.add(new ScriptReport.FormCount(form, count)));
        forms.sort(Comparator.comparingInt(ScriptReport.FormCount::count).reversed()
                .thenComparing(ScriptReport.FormCount::form));
        return forms;
    }
}
