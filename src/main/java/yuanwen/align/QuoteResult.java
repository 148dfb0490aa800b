package yuanwen.align;

import java.util.List;
import yuanwen.segment.Sentence;

/**
 * What quote mode answers: the candidates it is confident of, and the best of the rest for the
 * user to judge.
 *
 * @param found   the spans scored at least the "found" threshold, best first (empty when none)
 * @param weak    the best spans below it, best first
 * @param article where the quote is in its Chinese article (quote with its article), else empty
 */
public record QuoteResult(List<QuoteMatch> found, List<QuoteMatch> weak, List<Sentence> article) {

    static final QuoteResult NONE = new QuoteResult(List.of(), List.of(), List.of());

    public QuoteResult {
        found = List.copyOf(found);
        weak = List.copyOf(weak);
        article = List.copyOf(article);
    }

    /** How sure the answer is. */
    public enum Verdict {
        /** At least one span is the original with the calibrated confidence. */
        FOUND,
        /** Only spans below the threshold: maybe the original, for the user to judge. */
        WEAK,
        /** Nothing plausible: most likely the translator's own text. */
        NONE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Verdict verdict() {
        return !found.isEmpty() ? Verdict.FOUND : !weak.isEmpty() ? Verdict.WEAK : Verdict.NONE;
    }

    /** The found candidates, then the weak ones. */
    public List<QuoteMatch> all() {
        return java.util.stream.Stream.concat(found.stream(), weak.stream()).toList();
    }
}
