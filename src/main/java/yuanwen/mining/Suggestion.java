package yuanwen.mining;

import java.util.List;
import java.util.Objects;
import yuanwen.glossary.TermType;

/**
 * One entry (or variant) the glossary lacks, mined from a stored alignment.
 *
 * @param id         {@code S1}, {@code S2}, … in order of confidence; the same alignment and glossary
 *                   always give the same numbers, so {@code --accept S3} names what was shown
 * @param kind       what the evidence is
 * @param type       the type the entry would get (a guess from the evidence; the reviewer corrects it)
 * @param zh         Chinese forms in simplified script, the preferred one first
 * @param en         English forms, the preferred one first
 * @param support    how many pairs have the preferred forms on both sides
 * @param examples   the ids of (up to) two of those pairs, in order
 * @param confidence 0–1: how sure the miner is (see {@link TermSuggester} for how it is made)
 * @param variantOf  the id of the glossary entry these forms are variants of, or null for a new entry
 */
public record Suggestion(String id, Kind kind, TermType type, List<String> zh, List<String> en, int support,
                         List<String> examples, double confidence, String variantOf) {

    /** What ties the two forms together. */
    public enum Kind {
        /** The Chinese keeps the English (Latin) word as it is: Azure, OpenAI. */
        LATIN("kept in Latin"),
        /** The Chinese transliterates the English: its pinyin sounds like the word (纳德拉, Nadella). */
        NAME("transliterated"),
        /** The pairs keep translating one by the other (缩放定律, scaling laws). */
        TRANSLATION("translated alike");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Suggestion {
        Objects.requireNonNull(id, "id");
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        examples = List.copyOf(examples);
    }

    public String preferredZh() {
        return zh.get(0);
    }

    public String preferredEn() {
        return en.get(0);
    }

    Suggestion withId(String newId) {
        return new Suggestion(newId, kind, type, zh, en, support, examples, confidence, variantOf);
    }
}
