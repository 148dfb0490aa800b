package yuanwen.align;

import java.util.List;
import yuanwen.segment.Sentence;

/**
 * One unit of an alignment: consecutive Chinese sentences and the consecutive English sentences
 * they translate. Either side may be empty: Chinese the English does not have (a translator's
 * summary), or English the Chinese left out.
 *
 * @param zh       the Chinese sentences, original text (not script-normalised)
 * @param en       the English sentences
 * @param score    confidence in 0–1 that the two sides translate each other; 0 for a one-sided bead
 * @param evidence what the score rests on, strongest first
 */
public record Bead(List<Sentence> zh, List<Sentence> en, double score, List<Evidence> evidence) {

    public Bead {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        evidence = List.copyOf(evidence);
    }

    /** Whether both sides have sentences. */
    public boolean aligned() {
        return !zh.isEmpty() && !en.isEmpty();
    }

    /** The bead in Vecalign format, {@code [3, 4]:[5]}, by sentence index. */
    public String vecalign() {
        return indices(zh) + ":" + indices(en);
    }

    private static String indices(List<Sentence> sentences) {
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            out.append(sentences.get(k).index());
        }
        return out.append(']').toString();
    }
}
