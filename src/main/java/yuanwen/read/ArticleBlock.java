package yuanwen.read;

/**
 * One heading or paragraph of an article after cleaning: markup removed, hard wraps joined. Every
 * character maps back to the characters of the original file it was made from, so later stages can
 * report lines and offsets without knowing anything about Markdown.
 */
public final class ArticleBlock {

    public enum Kind { HEADING, PARAGRAPH }

    private final Kind kind;
    private final MappedText content;
    private final String speaker;

    ArticleBlock(Kind kind, MappedText content, String speaker) {
        this.kind = kind;
        this.content = content;
        this.speaker = speaker;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return content.text();
    }

    /** The text with, for each character, the source characters it was made from. */
    public MappedText content() {
        return content;
    }

    /** The speaker label in force for this block, or null (always null for headings). */
    public String speaker() {
        return speaker;
    }

    /** Offset in the original file of the first source character behind {@code text().charAt(index)}. */
    public int sourceStart(int index) {
        return content.sourceStart(index);
    }

    /** Offset just past the last source character behind {@code text().charAt(index)}. */
    public int sourceEnd(int index) {
        return content.sourceEnd(index);
    }

    @Override
    public String toString() {
        return kind + (speaker != null ? "[" + speaker + "] " : " ") + content.text();
    }
}
