package yuanwen.read;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rev.com transcripts, as Rev exports them and as rev.com publishes them:
 * <ul>
 *   <li>{@code Speaker Name (01:02):} or {@code (1:02:03):}, the text on the same line or on the
 *       next lines (the export);</li>
 *   <li>{@code Speaker Name: (01:02)}, the text on the same line or on the next lines (rev.com's
 *       published transcripts);</li>
 *   <li>{@code Speaker Name: 00:01:02} alone on its line, the text in the paragraph after it (the
 *       export with the timestamp beside the name rather than in the text);</li>
 *   <li>a time alone on its line ({@code (01:02)}, {@code [01:02]} or {@code 01:02}): the time of the
 *       name label alone on the line before it, or a later time within the current turn;</li>
 *   <li>{@code Speaker Name: text} opening a paragraph: a turn whose time is missing (hand-edited
 *       exports often drop the first one, and Rev writes none when timestamps are switched off).</li>
 * </ul>
 * A turn runs, across blank lines, to the next label, and lasts until the next time: every sentence of
 * it gets that range (see {@link LabelledBlocks}). Sound notes such as {@code [crosstalk]} or
 * {@code [inaudible 00:01:02]} are not speech.
 */
final class RevTranscriptReader implements FormatReader {

    static final String EXPECTED_TIME = "(01:02) or (01:02:03)";

    private static final Pattern NAME_TIME_COLON = Pattern.compile(
            "\\s*(" + SpeakerTranscriptReader.NAME + ")[ \\t]*\\((" + Timestamps.TIME_LIKE + ")\\)[ \\t]*:[ \\t]*");
    private static final Pattern NAME_COLON_TIME = Pattern.compile(
            "\\s*(" + SpeakerTranscriptReader.NAME + ")[ \\t]*:[ \\t]*\\((" + Timestamps.TIME_LIKE + ")\\)[ \\t]*");
    // The space after the colon keeps "Ann Lee  1:02:09" (an Otter header) from reading as "Ann Lee 1" at 2:09.
    private static final Pattern NAME_COLON_BARE_TIME = Pattern.compile(
            "\\s*(" + SpeakerTranscriptReader.NAME + ")[ \\t]*:[ \\t]+(" + Timestamps.TIME_LIKE + ")\\s*");
    private static final Pattern TIME_ALONE = Pattern.compile(
            "\\s*(?:\\((" + Timestamps.TIME_LIKE + ")\\)|\\[(" + Timestamps.TIME_LIKE + ")\\]|("
                    + Timestamps.TIME_LIKE + "))\\s*");

    @Override
    public List<Cue> read(Path file, LineIndex lines) {
        LabelledBlocks blocks = new LabelledBlocks(lines);
        String text = lines.text();
        boolean paragraphStart = true;
        for (int i = 0; i < lines.count(); i++) {
            if (lines.isBlank(i)) {
                paragraphStart = true;
                continue;
            }
            int from = lines.start(i);
            int to = lines.end(i);
            int textStart = from;
            Matcher m;
            if ((m = NAME_TIME_COLON.matcher(text).region(from, to)).lookingAt()
                    || (m = NAME_COLON_TIME.matcher(text).region(from, to)).lookingAt()) {
                blocks.label(m.group(1).trim(), Timestamps.transcriptTime(file, i, m.group(2), EXPECTED_TIME), null);
                textStart = m.end();
            } else if ((m = NAME_COLON_BARE_TIME.matcher(text).region(from, to)).matches()) {
                blocks.label(m.group(1).trim(), Timestamps.transcriptTime(file, i, m.group(2), EXPECTED_TIME), null);
                textStart = to;
            } else if ((m = TIME_ALONE.matcher(text).region(from, to)).matches()) {
                String token = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                blocks.label(null, Timestamps.transcriptTime(file, i, token, EXPECTED_TIME), null);
                textStart = to;
            } else if (paragraphStart
                    && (m = SpeakerTranscriptReader.NAME_LABEL.matcher(text).region(from, to)).lookingAt()) {
                blocks.label(m.group(1).trim(), null, null);
                textStart = m.end();
            }
            blocks.speech(textStart, to);
            paragraphStart = false;
        }
        return blocks.cues();
    }

    /** Whether {@code line} opens with a timed rev.com speaker label, well-formed or not. */
    static boolean isTimedLabel(String line) {
        return NAME_TIME_COLON.matcher(line).lookingAt() || NAME_COLON_TIME.matcher(line).lookingAt()
                || NAME_COLON_BARE_TIME.matcher(line).matches();
    }
}
