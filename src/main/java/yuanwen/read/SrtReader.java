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
        for (CaptionCue caption : captionCues(file, lines)) {
            List<CaptionLine> text = new ArrayList<>(caption.textLines().size());
            for (int t : caption.textLines()) {
                text.add(CaptionLine.parse(lines, t));
            }
            cues.add(caption.start(), caption.end(), text);
        }
        return cues.cues();
    }

    /**
     * The captions as the file states them: number, timing and text lines of each block. Text after a
     * stray blank line (one not followed by a cue number and timing) is more of the caption before it,
     * blank lines included in its text, as srt.parse reads it (SrtConformanceTest).
     */
    static List<CaptionCue> captionCues(Path file, LineIndex lines) {
        List<CaptionCue> captions = new ArrayList<>();
        Block block = null;
        int i = 0;
        int n = lines.count();
        while (i < n) {
            if (lines.isBlank(i)) {
                i++;
                continue;
            }
            boolean numbered = isCueNumber(lines, i);
            int timingLine = numbered ? i + 1 : i;
            Timestamps.Timing timing = timingLine < n ? Timestamps.timing(lines.line(timingLine)) : null;
            if (timing != null && timing.end() < timing.start()) {
                throw new BadInputException(file, timingLine + 1, VttReader.endsBeforeStart(timing.start(), timing.end()));
            }
            int textStart;
            if (timing != null) {
                if (block != null) {
                    captions.add(block.caption(lines));
                }
                block = new Block(numbered ? lines.line(i).trim() : "", timing, timingLine);
                textStart = timingLine + 1;
            } else if (timingLine == i && block != null && !Timestamps.looksLikeTiming(lines.line(i))) {
                textStart = i; // text after a stray blank line belongs to the caption before it
            } else {
                int reported = Math.min(timingLine, n - 1);
                throw new BadInputException(file, reported + 1, EXPECTED_TIMING
                        + (timingLine != i ? " after cue number " + lines.line(i).trim() : ""));
            }
            int textEnd = textStart;
            while (textEnd < n && !lines.isBlank(textEnd) && !startsNextBlock(lines, textEnd)) {
                block.textLines.add(textEnd);
                textEnd++;
            }
            i = textEnd;
        }
        if (block != null) {
            captions.add(block.caption(lines));
        }
        return captions;
    }

    /** One caption being read: its text grows while stray blank lines are followed by more text. */
    private static final class Block {
        final String id;
        final Timestamps.Timing timing;
        final int timingLine;
        final List<Integer> textLines = new ArrayList<>();

        Block(String id, Timestamps.Timing timing, int timingLine) {
            this.id = id;
            this.timing = timing;
            this.timingLine = timingLine;
        }

        /** Every line from the first text line to the last, joined with LF, so inner blank lines stay. */
        CaptionCue caption(LineIndex lines) {
            StringBuilder text = new StringBuilder();
            if (!textLines.isEmpty()) {
                int first = textLines.get(0);
                for (int t = first; t <= textLines.get(textLines.size() - 1); t++) {
                    text.append(t == first ? "" : "\n").append(lines.line(t));
                }
            }
            return new CaptionCue(id, timing.start(), timing.end(), text.toString(), textLines, timingLine);
        }
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
