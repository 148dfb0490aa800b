package yuanwen.segment;

/**
 * One sentence as the aligner sees it, with where it came from.
 *
 * @param index       0-based position among the sentences of its document
 * @param text        the sentence text, hard wraps joined, markup removed
 * @param speaker     the speaker label in force, or null when the source has none
 * @param firstLine   1-based line of the source file where the sentence starts
 * @param lastLine    1-based line of the source file where the sentence ends
 * @param startOffset 0-based character offset of the sentence start in the decoded source file
 * @param endOffset   character offset just past the sentence end
 * @param start       start time in seconds for timed sources (captions, Whisper), else null
 * @param end         end time in seconds for timed sources, else null
 */
public record Sentence(int index, String text, String speaker, int firstLine, int lastLine,
                       int startOffset, int endOffset, Double start, Double end) {

    public boolean timed() {
        return start != null && end != null;
    }
}
