package yuanwen.read;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Otter.ai's text export: each paragraph opens with a header line holding the speaker's name, two
 * spaces (or a tab) and the start time, {@code Speaker 1  0:34} or {@code Ann Lee  1:02:03}; the text
 * follows on the next lines, and a blank line ends the paragraph. Without speaker identification the
 * header is the time alone. The {@code Transcribed by https://otter.ai} footer is not speech.
 *
 * <p>Otter names are whatever the user typed ("Unknown Speaker", "ann"), so any case is accepted: the
 * header's shape (at most five words, the double space, a time, nothing else) is what tells it from text.
 */
final class OtterTranscriptReader implements FormatReader {

    static final String EXPECTED_TIME = "0:34 or 1:02:03";

    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.'\u2019-]*";
    private static final Pattern HEADER = Pattern.compile(
            "\\s*(?:(" + WORD + "(?: " + WORD + "){0,4})(?: {2,}| *\\t)[ \\t]*)?(" + Timestamps.TIME_LIKE + ")\\s*");
    private static final Pattern FOOTER = Pattern.compile("\\s*Transcribed by (?:https?://)?otter\\.ai\\S*\\s*",
            Pattern.CASE_INSENSITIVE);

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
            Matcher m = HEADER.matcher(text).region(from, to);
            if (m.matches()) {
                blocks.label(m.group(1), Timestamps.transcriptTime(file, i, m.group(2), EXPECTED_TIME), null);
            } else if (!FOOTER.matcher(text).region(from, to).matches()) {
                blocks.speech(from, to);
            }
        }
        return blocks.cues();
    }

    /** Whether {@code line} is an Otter header with a speaker name, well-formed time or not. */
    static boolean isNamedHeader(String line) {
        Matcher m = HEADER.matcher(line);
        return m.matches() && m.group(1) != null;
    }
}
