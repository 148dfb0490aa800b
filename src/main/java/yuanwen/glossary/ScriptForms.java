package yuanwen.glossary;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptConverter;

/**
 * The Chinese forms of a glossary in every script: each simplified form with its traditional,
 * Taiwan (characters only, and with Taiwan phrasing) and Hong Kong forms, derived through OpenCC's
 * s2t, s2tw, s2twp and s2hk unless the term overrides them. Users type only the simplified form.
 */
final class ScriptForms {

    /**
     * One Chinese form in every script.
     *
     * @param taiwan        Taiwan characters (s2tw)
     * @param taiwanPhrased Taiwan characters and phrasing (s2twp)
     */
    record Forms(String simplified, String traditional, String taiwan, String taiwanPhrased, String hongkong) {

        /** The distinct spellings, simplified first. */
        Set<String> all() {
            return new LinkedHashSet<>(List.of(simplified, traditional, taiwan, taiwanPhrased, hongkong));
        }
    }

    /** Which script each conversion reads and writes, as accessors of {@link Forms}. */
    private record Direction(Function<Forms, String> from, Function<Forms, String> to) {
    }

    private static final Map<String, Direction> DIRECTIONS = Map.ofEntries(
            Map.entry("s2t", new Direction(Forms::simplified, Forms::traditional)),
            Map.entry("s2tw", new Direction(Forms::simplified, Forms::taiwan)),
            Map.entry("s2twp", new Direction(Forms::simplified, Forms::taiwanPhrased)),
            Map.entry("s2hk", new Direction(Forms::simplified, Forms::hongkong)),
            Map.entry("s2hkp", new Direction(Forms::simplified, Forms::hongkong)),
            Map.entry("t2s", new Direction(Forms::traditional, Forms::simplified)),
            Map.entry("tw2s", new Direction(Forms::taiwan, Forms::simplified)),
            Map.entry("tw2sp", new Direction(Forms::taiwanPhrased, Forms::simplified)),
            Map.entry("hk2s", new Direction(Forms::hongkong, Forms::simplified)),
            Map.entry("hk2sp", new Direction(Forms::hongkong, Forms::simplified)),
            Map.entry("t2tw", new Direction(Forms::traditional, Forms::taiwan)),
            Map.entry("tw2t", new Direction(Forms::taiwan, Forms::traditional)),
            Map.entry("t2hk", new Direction(Forms::traditional, Forms::hongkong)),
            Map.entry("hk2t", new Direction(Forms::hongkong, Forms::traditional)));

    private final Glossary glossary;
    private final Map<Term, Forms> forms = new HashMap<>();

    ScriptForms(Glossary glossary, Conversions conversions) {
        this.glossary = glossary;
        ScriptConverter s2t = conversions.get("s2t");
        ScriptConverter s2tw = conversions.get("s2tw");
        ScriptConverter s2twp = conversions.get("s2twp");
        ScriptConverter s2hk = conversions.get("s2hk");
        for (GlossaryEntry entry : glossary.entries()) {
            for (Term term : entry.zh()) {
                String form = term.form();
                String traditional = term.traditional();
                String taiwan = term.taiwan() != null ? term.taiwan() : traditional;
                String hongkong = term.hongkong() != null ? term.hongkong() : traditional;
                forms.put(term, new Forms(form,
                        traditional != null ? traditional : s2t.convert(form),
                        taiwan != null ? taiwan : s2tw.convert(form),
                        taiwan != null ? taiwan : s2twp.convert(form),
                        hongkong != null ? hongkong : s2hk.convert(form)));
            }
        }
    }

    /** The forms of one of the glossary's Chinese terms. */
    Forms of(Term term) {
        Forms found = forms.get(term);
        if (found == null) {
            throw new IllegalArgumentException("not a Chinese term of this glossary: " + term.form());
        }
        return found;
    }

    /** See {@link Glossary#scriptForms(String)}; where two entries disagree, the first by id wins. */
    Map<String, String> pairs(String configName) {
        return pairs(configName, false);
    }

    /** {@link #pairs(String)}, or only the forms with overrides. */
    Map<String, String> pairs(String configName, boolean overriddenOnly) {
        String name = configName.trim().toLowerCase(Locale.ROOT).replaceFirst("\\.json$", "");
        if (!Conversions.NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown conversion '" + configName + "'; known: "
                    + String.join(", ", Conversions.NAMES));
        }
        Map<String, String> pairs = new TreeMap<>();
        Direction direction = DIRECTIONS.get(name);
        if (direction == null) {
            return pairs;
        }
        for (GlossaryEntry entry : glossary.entries()) {
            for (Term term : entry.zh()) {
                if (overriddenOnly && !term.hasOverrides()) {
                    continue;
                }
                Forms f = of(term);
                pairs.putIfAbsent(direction.from().apply(f), direction.to().apply(f));
            }
        }
        return Collections.unmodifiableMap(pairs);
    }
}
