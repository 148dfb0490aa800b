package yuanwen.read;

import java.util.List;

/**
 * One caption as the file states it, before markup is read and sentences are made: what
 * {@code segment --cues} prints, and what the WebVTT conformance cases check.
 *
 * @param id        the cue identifier (WebVTT) or cue number (SRT); empty when there is none
 * @param start     start time in seconds
 * @param end       end time in seconds
 * @param text      the cue's lines from its first text line to its last, joined with LF (an SRT cue's
 *                  inner blank lines kept), markup untouched
 * @param textLines 0-based indexes (in the file's {@link LineIndex}) of the text lines
 * @param timingLine 0-based index of the timing line
 */
public record CaptionCue(String id, double start, double end, String text, List<Integer> textLines, int timingLine) {

    public CaptionCue {
        textLines = List.copyOf(textLines);
    }

    /** 1-based line of the timing line, for messages. */
    public int lineNumber() {
        return timingLine + 1;
    }
}
