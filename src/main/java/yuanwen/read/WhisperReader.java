package yuanwen.read;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yuanwen.text.BadInputException;

/**
 * Whisper console/text output: one {@code [00:08:46.400 --> 00:08:49.200]   text} line per segment.
 * A leading {@code - } marks a new speaker without naming them, so turns are numbered and the speaker
 * stays null; WhisperX's {@code [SPEAKER_00]:} prefix does give a name.
 */
final class WhisperReader implements FormatReader {

    static final Pattern LINE = Pattern.compile(
            "\\s*\\[\\s*(" + Timestamps.TIME + ")\\s*-->\\s*(" + Timestamps.TIME + ")\\s*\\]");

    @Override
    public List<Cue> read(Path file, LineIndex lines) {
        CaptionCues cues = new CaptionCues(lines);
        Double start = null;
        Double end = null;
        for (int i = 0; i < lines.count(); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            Matcher m = LINE.matcher(lines.text()).region(lines.start(i), lines.end(i));
            int textStart;
            if (m.lookingAt()) {
                start = Timestamps.seconds(m.group(1));
                end = Timestamps.seconds(m.group(2));
                if (start == null || end == null) {
                    throw new BadInputException(file, i + 1, "expected a time range like [00:01:02.000 --> 00:01:04.500]");
                }
                textStart = m.end();
            } else if (start != null) {
                textStart = lines.start(i); // an untimed line continues the segment before it
            } else {
                throw new BadInputException(file, i + 1, "expected a line like [00:00:00.000 --> 00:00:02.000]   text");
            }
            cues.add(start, end, List.of(CaptionLine.parse(lines, i, textStart)));
        }
        return cues.cues();
    }
}
