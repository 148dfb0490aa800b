package yuanwen.align;

import java.util.List;
import yuanwen.segment.Sentence;

/**
 * One English span a Chinese quote may translate.
 *
 * @param en        the consecutive English sentences
 * @param ids       their 0-based sentence ids in the source
 * @param score     confidence in 0–1 that this is the quote's original
 * @param evidence  what the score rests on, strongest first
 * @param firstLine 1-based source line where the span starts
 * @param lastLine  1-based source line where it ends
 * @param start     start time in seconds for timed sources, else null
 * @param end       end time in seconds for timed sources, else null
 */
public record QuoteMatch(List<Sentence> en, List<Integer> ids, double score, List<Evidence> evidence, int firstLine,
                         int lastLine, Double start, Double end) {

    public QuoteMatch {
        en = List.copyOf(en);
        ids = List.copyOf(ids);
        evidence = List.copyOf(evidence);
    }

    /** A span of whole source sentences: ids, lines and times from the sentences. */
    static QuoteMatch of(List<Sentence> en, double score, List<Evidence> evidence) {
        Sentence first = en.get(0);
        Sentence last = en.get(en.size() - 1);
        return new QuoteMatch(en, en.stream().map(Sentence::index).toList(), score, evidence, first.firstLine(),
                last.lastLine(), first.start(), last.end());
    }

    /** The same span with another score. */
    QuoteMatch withScore(double newScore) {
        return new QuoteMatch(en, ids, newScore, evidence, firstLine, lastLine, start, end);
    }
}
