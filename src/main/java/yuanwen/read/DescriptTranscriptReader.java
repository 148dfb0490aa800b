package yuanwen.read;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Descript's text export with speaker labels and timecodes:
 * <ul>
 *   <li>{@code [00:00:12] Speaker: text}, a timecode opening the paragraph, then the speaker;</li>
 *   <li>{@code Speaker: [00:00:12] text}, the speaker, then the timecode;</li>
 *   <li>{@code Speaker:} alone on its line, its paragraphs after it;</li>
 *   <li>timecodes inside a paragraph ({@code … it was fine. [00:01:00] And then …}), which Descript
 *       writes at intervals: a later time in the same turn, so the sentences after it get finer times.</li>
 * </ul>
 * A timecode without a name keeps the speaker. Each stretch lasts until the next timecode.
 */
final class DescriptTranscriptReader implements FormatReader {

    static final String EXPECTED_TIME = "[00:01:02]";

    private static final Pattern TIME_NAME = Pattern.compile("\\s*\\[(" + Timestamps.TIME_LIKE + ")\\][ \\t]*(?:("
            + SpeakerTranscriptReader.NAME + ")[ \\t]*:)?[ \\t]*");
    private static final Pattern NAME_TIME = Pattern.compile("\\s*(" + SpeakerTranscriptReader.NAME
            + ")[ \\t]*:[ \\t]*\\[(" + Timestamps.TIME_LIKE + ")\\][ \\t]*");
    private static final Pattern INLINE_TIME = Pattern.compile("[ \\t]*\\[(" + Timestamps.TIME_LIKE + ")\\][ \\t]*");

    @Override
    public List<Cue> read(Path file, LineIndex lines) {
        LabelledBlocks blocks = new LabelledBlocks(lines);
        String text = lines.text();
        for (int i = 0; i < lines.count(); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            int from = lines.start(i);
            int to = lines.end(i);
            int textStart = from;
            Matcher m;
            if ((m = TIME_NAME.matcher(text).region(from, to)).lookingAt()) {
                String name = m.group(2) == null ? null : m.group(2).trim();
                blocks.label(name, Timestamps.transcriptTime(file, i, m.group(1), EXPECTED_TIME), null);
                textStart = m.end();
            } else if ((m = NAME_TIME.matcher(text).region(from, to)).lookingAt()) {
                blocks.label(m.group(1).trim(), Timestamps.transcriptTime(file, i, m.group(2), EXPECTED_TIME), null);
                textStart = m.end();
            } else if ((m = SpeakerTranscriptReader.NAME_LABEL.matcher(text).region(from, to)).lookingAt()) {
                blocks.label(m.group(1).trim(), null, null);
                textStart = m.end();
            }
            Matcher inline = INLINE_TIME.matcher(text).region(textStart, to);
            while (inline.find()) {
                blocks.speech(textStart, inline.start());
                blocks.label(null, Timestamps.transcriptTime(file, i, inline.group(1), EXPECTED_TIME), null);
                textStart = inline.end();
            }
            blocks.speech(textStart, to);
        }
        return blocks.cues();
    }

    /**
     * Whether {@code line} carries a sign of Descript's layout that the podcast style lacks: a speaker
     * followed by a timecode, or a timecode after the start of the text.
     */
    static boolean hasDescriptTime(String line) {
        if (NAME_TIME.matcher(line).lookingAt()) {
            return true;
        }
        Matcher leading = TIME_NAME.matcher(line);
        int from = leading.lookingAt() ? leading.end() : 0;
        Matcher inline = INLINE_TIME.matcher(line);
        return inline.find(from) && inline.start() > from;
    }
}
