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
        return Vecalign.bead(zh.stream().map(Sentence::index).toList(), en.stream().map(Sentence::index).toList());
    }
}
