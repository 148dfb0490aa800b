package yuanwen.align;

import java.util.List;
import yuanwen.segment.Sentence;

/**
 * One English span a Chinese quote may translate.
 *
 * @param en        the 1–3 consecutive English sentences
 * @param score     confidence in 0–1
 * @param evidence  what the score rests on, strongest first
 * @param firstLine 1-based source line where the span starts
 * @param lastLine  1-based source line where it ends
 * @param start     start time in seconds for timed sources, else null
 * @param end       end time in seconds for timed sources, else null
 */
public record QuoteMatch(List<Sentence> en, double score, List<Evidence> evidence, int firstLine, int lastLine,
                         Double start, Double end) {

    public QuoteMatch {
        en = List.copyOf(en);
        evidence = List.copyOf(evidence);
    }
}
