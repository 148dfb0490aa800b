package yuanwen.segment;

import yuanwen.read.SourceSpan;
import yuanwen.read.Speaker;
import yuanwen.read.TimeRange;

/**
 * One sentence as the aligner sees it, with where it came from.
 *
 * @param index   0-based position among the sentences of its document
 * @param text    the sentence text, hard wraps joined, markup removed
 * @param speaker who says it, or null when the source does not say
 * @param span    where it is in the source file
 * @param time    when it is heard, for timed sources; else null
 */
public record Sentence(int index, String text, Speaker speaker, SourceSpan span, TimeRange time) {

    /** A sentence of plain text: no speaker, no time. */
    public static Sentence untimed(int index, String text, SourceSpan span) {
        return new Sentence(index, text, null, span, null);
    }

    public boolean timed() {
        return time != null;
    }

    public int firstLine() {
        return span.firstLine();
    }

    public int lastLine() {
        return span.lastLine();
    }

    public int startOffset() {
        return span.startOffset();
    }

    public int endOffset() {
        return span.endOffset();
    }

    /** Start time in seconds, or null when untimed. */
    public Double start() {
        return time == null ? null : time.start();
    }

    /** End time in seconds, or null when untimed. */
    public Double end() {
        return time == null ? null : time.end();
    }
}
