package yuanwen.read;

/**
 * One heading or paragraph of an article after cleaning: markup removed, hard wraps joined. Every
 * character maps back to the characters of the original file it was made from, so later stages can
 * report lines and offsets without knowing anything about Markdown.
 */
public final class ArticleBlock {

    public enum Kind { HEADING, PARAGRAPH }

    private final Kind kind;
    private final String text;
    private final String speaker;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    ArticleBlock(Kind kind, TracedText text, String speaker) {
        this.kind = kind;
        this.text = text.toString();
        this.speaker = speaker;
        this.sourceStart = text.sourceStarts();
        this.sourceEnd = text.sourceEnds();
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** The speaker label in force for this block, or null (always null for headings). */
    public String speaker() {
        return speaker;
    }

    /** Offset in the original file of the first source character behind {@code text().charAt(index)}. */
    public int sourceStart(int index) {
        return sourceStart[index];
    }

    /** Offset just past the last source character behind {@code text().charAt(index)}. */
    public int sourceEnd(int index) {
        return sourceEnd[index];
    }

    @Override
    public String toString() {
        return kind + (speaker != null ? "[" + speaker + "] " : " ") + text;
    }
}
