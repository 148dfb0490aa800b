package yuanwen.read;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript copied from YouTube's "Show transcript" panel: each caption's start time on its own line
 * ({@code 0:05}, {@code 1:02:03}) and its text on the next line, or both on one line ({@code 0:05 text},
 * as copy extensions write it). The panel names no speakers. Each caption lasts until the next one
 * starts; {@code [Music]} and other sound notes are not speech.
 */
final class YoutubeTranscriptReader implements FormatReader {

    static final String EXPECTED_TIME = "0:05 or 1:02:03";

    private static final Pattern TIME_LINE = Pattern.compile("\\s*(" + Timestamps.TIME_LIKE + ")\\s*");
    // Only a well-formed time opens a line of text: "2:1 odds" is words.
    private static final Pattern TIMED_TEXT = Pattern.compile("\\s*(" + Timestamps.TIME + ")[ \\t]+(?=\\S)");

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
            Matcher m = TIME_LINE.matcher(text).region(from, to);
            if (m.matches()) {
                blocks.label(null, Timestamps.transcriptTime(file, i, m.group(1), EXPECTED_TIME), null);
                continue;
            }
            m = TIMED_TEXT.matcher(text).region(from, to);
            int textStart = from;
            if (m.lookingAt() && Timestamps.seconds(m.group(1)) != null) {
                blocks.label(null, Timestamps.seconds(m.group(1)), null);
                textStart = m.end();
            }
            blocks.speech(textStart, to);
        }
        return blocks.cues();
    }

    /** Whether {@code line} is a panel time line or a line opening with a time and text. */
    static boolean isTimeLine(String line) {
        return TIME_LINE.matcher(line).matches() || TIMED_TEXT.matcher(line).lookingAt();
    }
}
