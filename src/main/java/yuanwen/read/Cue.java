package yuanwen.read;

/**
 * One unit of an English source as the file gives it: a caption, a Whisper line, a labelled
 * transcript paragraph or a plain-text paragraph. Sentences are made from cues later.
 *
 * @param content   the visible text, markup removed and whitespace folded, mapped to the source
 * @param start     start time in seconds, or null for untimed sources
 * @param end       end time in seconds, or null for untimed sources
 * @param firstLine 1-based line of the first character of the text
 * @param lastLine  1-based line of the last character of the text
 * @param turn      speaker turn, 1-based: increases at every speaker change the source marks
 *                  (a dash, {@code >>}, a new name). Sources without marks are all turn 1.
 * @param speaker   the speaker's name when the source gives one, else null (a dash tells that the
 *                  speaker changed, not who speaks, so Whisper and dashed SRT turns have no name)
 */
public record Cue(MappedText content, Double start, Double end, int firstLine, int lastLine,
                  int turn, String speaker) {

    /** A cue whose line numbers are looked up in {@code lines}; {@code content} must not be empty. */
    static Cue of(MappedText content, Double start, Double end, int turn, String speaker, LineIndex lines) {
        return new Cue(content, start, end, lines.lineNumberAt(content.sourceStart(0)),
                lines.lineNumberAt(content.sourceEnd(content.length() - 1) - 1), turn, speaker);
    }

    public String text() {
        return content.text();
    }

    /** 0-based offset of the first character of the text in the decoded source file. */
    public int startOffset() {
        return content.sourceStart(0);
    }

    /** Offset just past the last character of the text. */
    public int endOffset() {
        return content.sourceEnd(content.length() - 1);
    }

    public boolean timed() {
        return start != null && end != null;
    }
}
