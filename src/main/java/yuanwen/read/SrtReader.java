package yuanwen.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import yuanwen.text.BadInputException;

/**
 * SubRip captions: blocks of an optional cue number, a {@code 00:01:02,000 --> 00:01:04,500} line and
 * text lines. Tolerates what real files contain: missing numbers, {@code .} for {@code ,}, missing blank
 * lines between blocks, {@code <i>}/{@code {\an8}} tags and dialogue dashes (which start a new turn).
 * A line where a timing belongs but does not parse is an error, never silently text.
 */
final class SrtReader implements FormatReader {

    static final String EXPECTED_TIMING = "expected a timestamp like 00:01:02,000 --> 00:01:04,500";

    @Override
    public List<Cue> read(Path file, LineIndex lines) {
        CaptionCues cues = new CaptionCues(lines);
        Timestamps.Timing previous = null;
        int i = 0;
        int n = lines.count();
        while (i < n) {
            if (lines.isBlank(i)) {
                i++;
                continue;
            }
            int timingLine = isCueNumber(lines, i) ? i + 1 : i;
            Timestamps.Timing timing = timingLine < n ? Timestamps.timing(lines.line(timingLine)) : null;
            int textStart;
            if (timing != null) {
                textStart = timingLine + 1;
            } else if (timingLine == i && previous != null && !Timestamps.looksLikeTiming(lines.line(i))) {
                timing = previous; // text after a stray blank line belongs to the caption before it
                textStart = i;
            } else {
                int reported = Math.min(timingLine, n - 1);
                throw new BadInputException(file, reported + 1, EXPECTED_TIMING
                        + (timingLine != i ? " after cue number " + lines.line(i).trim() : ""));
            }
            int textEnd = textStart;
            while (textEnd < n && !lines.isBlank(textEnd) && !startsNextBlock(lines, textEnd)) {
                textEnd++;
            }
            List<CaptionLine> text = new ArrayList<>(textEnd - textStart);
            for (int t = textStart; t < textEnd; t++) {
                text.add(CaptionLine.parse(lines, t));
            }
            cues.add(timing.start(), timing.end(), text);
            previous = timing;
            i = textEnd;
        }
        return cues.cues();
    }

    private static boolean isCueNumber(LineIndex lines, int index) {
        String line = lines.line(index).trim();
        return !line.isEmpty() && line.chars().allMatch(Character::isDigit);
    }

    // A block whose blank separator line is missing: a timing line, or a cue number right before one.
    private static boolean startsNextBlock(LineIndex lines, int index) {
        if (Timestamps.timing(lines.line(index)) != null) {
            return true;
        }
        return isCueNumber(lines, index) && index + 1 < lines.count()
                && Timestamps.timing(lines.line(index + 1)) != null;
    }
}
