package yuanwen.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import yuanwen.script.Conversions;

/**
 * The term glossary: entries sorted by id, and the file's name and licence lines. Immutable;
 * {@link #with} and {@link #without} return changed copies. Read and write it with
 * {@link GlossaryFile}; find its terms in text with {@link GlossaryMatcher}.
 */
public final class Glossary {

    /** The storage format's version, written as {@code schemaVersion}. */
    public static final int SCHEMA_VERSION = 1;

    private final String name;
    private final String licence;
    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byId = new TreeMap<>();
    private volatile ScriptForms scriptForms;

    public Glossary(String name, String licence, List<GlossaryEntry> entries) {
        this.name = name;
        this.licence = licence;
        List<GlossaryEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(GlossaryEntry::id));
        this.entries = List.copyOf(sorted);
        // The first of duplicate ids wins the lookup; the validator reports the others.
        this.entries.forEach(e -> byId.putIfAbsent(e.id(), e));
    }

    /** An empty glossary, for a file that does not exist yet. */
    public static Glossary empty() {
        return new Glossary(null, null, List.of());
    }

    /** The file's {@code name} line, or null. */
    public String name() {
        return name;
    }

    /** The file's {@code licence} line, or null. */
    public String licence() {
        return licence;
    }

    /** All entries, sorted by id. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public Optional<GlossaryEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A copy with {@code entry} added, or replacing the entry with its id. */
    public Glossary with(GlossaryEntry entry) {
        List<GlossaryEntry> changed = new ArrayList<>(entries);
        changed.removeIf(e -> e.id().equals(entry.id()));
        changed.add(entry);
        return new Glossary(name, licence, changed);
    }

    /** A copy without the entry {@code id} (the same glossary if there is none). */
    public Glossary without(String id) {
        List<GlossaryEntry> changed = new ArrayList<>(entries);
        changed.removeIf(e -> e.id().equals(id));
        return new Glossary(name, licence, changed);
    }

    /**
     * Everything wrong with the glossary, one line per problem ({@code entry ID: problem}); empty
     * when it is valid. {@link GlossaryFile} refuses to load or save a glossary with problems.
     */
    public List<String> problems() {
        return GlossaryValidator.problems(this);
    }

    /**
     * What the glossary dictates for the OpenCC conversion {@code configName} (s2t, s2tw, s2twp,
     * s2hk, s2hkp, t2s, tw2s, tw2sp, hk2s, hk2sp, t2tw, tw2t, t2hk, hk2t): each Chinese form in the
     * conversion's source script mapped to the form in its target script, e.g. for s2t
     * 范冰冰 → 范冰冰 where the entry overrides the traditional form, 贝索斯 → 貝索斯 otherwise.
     * Feed these to a converter as phrases that win over its dictionaries. Sorted by source form;
     * empty for conversions that do not change Chinese script (t2jp, jp2t).
     *
     * @throws IllegalArgumentException for a name that is not an OpenCC conversion
     */
    public Map<String, String> scriptForms(String configName) {
        return forms().pairs(configName);
    }

    /**
     * {@link #scriptForms} for only the forms whose script is overridden ({@link Term#hasOverrides()}):
     * the phrases the user fixed, as the aligner's normalisation applies them.
     */
    public Map<String, String> overriddenForms(String configName) {
        return forms().pairs(configName, true);
    }

    /**
     * A Chinese form in every script the matcher knows, as {@code simplified, traditional, Taiwan
     * (characters), Taiwan (phrasing), Hong Kong}, derived or overridden: for {@code glossary show}.
     */
    public List<String> scriptsOf(Term zhTerm) {
        ScriptForms.Forms f = forms().of(zhTerm);
        return List.of(f.simplified(), f.traditional(), f.taiwan(), f.taiwanPhrased(), f.hongkong());
    }

    /** The derived forms of every Chinese form, computed once per glossary. */
    ScriptForms forms() {
        ScriptForms forms = scriptForms;
        if (forms == null) {
            forms = new ScriptForms(this, Conversions.standard());
            scriptForms = forms;
        }
        return forms;
    }
}
