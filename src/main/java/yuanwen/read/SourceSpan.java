package yuanwen.read;

/**
 * Where a piece of text is in its source file: the one position type from the readers to the
 * stored alignment (lines for people, offsets for programs), as jsoup's {@code Range} is for nodes.
 *
 * @param firstLine   1-based line where it starts
 * @param lastLine    1-based line where it ends
 * @param startOffset 0-based character offset of its start in the decoded file
 * @param endOffset   character offset just past its end
 */
public record SourceSpan(int firstLine, int lastLine, int startOffset, int endOffset) {

    public SourceSpan {
        if (firstLine < 1 || lastLine < firstLine || startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("not a source span: lines " + firstLine + "-" + lastLine
                    + ", offsets " + startOffset + "-" + endOffset);
        }
    }

    /** Line {@code line} (1-based) from offset {@code start} to {@code end}. */
    public static SourceSpan ofLine(int line, int start, int end) {
        return new SourceSpan(line, line, start, end);
    }
}
