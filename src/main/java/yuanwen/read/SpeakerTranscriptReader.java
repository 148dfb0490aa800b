package yuanwen.read;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker-labelled transcripts in the three common label styles:
 * <ul>
 *   <li>{@code Name: text} (podcast transcripts),</li>
 *   <li>{@code [00:12:03] Name: text} (the name is optional),</li>
 *   <li>{@code SPEAKER_01 00:35 - 00:46} header lines followed by the text (diarization tools).</li>
 * </ul>
 * Each label starts a cue that runs, across hard wraps and blank lines, to the next label. A new name
 * starts a new turn. A {@code [00:12:03]} label has no end time; the cue ends where the next timed cue
 * starts (the last one ends where it starts). Text before the first label is a cue without speaker.
 */
final class SpeakerTranscriptReader implements FormatReader {

    /** A speaker name: up to four capitalised words ("Bill Gurley", "SPEAKER_01", "Dr. Smith", "Q"). */
    static final String NAME =
            "[\\p{Lu}\\p{Lt}][\\p{L}\\p{M}\\p{N}_.'\u2019-]*(?:[ \\t]+[\\p{Lu}\\p{Lt}\\p{N}][\\p{L}\\p{M}\\p{N}_.'\u2019-]*){0,3}";
    static final Pattern TIMED_LABEL = Pattern.compile(
            "\\s*[\\[(](" + Timestamps.TIME + ")[\\])][ \\t]*(?:(" + NAME + ")[ \\t]*:)?[ \\t]*");
    static final Pattern HEADER = Pattern.compile(
            "\\s*(" + NAME + ")[ \\t]+(" + Timestamps.TIME + ")[ \\t]*[-\u2013][ \\t]*(" + Timestamps.TIME + ")\\s*");
    static final Pattern NAME_LABEL = Pattern.compile("\\s*(" + NAME + ")[ \\t]*:(?:[ \\t]+|$)");

    /** A label found at the start of a line: who, when, and where the text after it starts. */
    private record Label(String name, Double start, Double end, int textStart) {
    }

    @Override
    public List<Cue> read(Path file, LineIndex lines) {
        LabelledBlocks blocks = new LabelledBlocks(lines);
        for (int i = 0; i < lines.count(); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            Label label = label(lines, i);
            int textStart = lines.start(i);
            if (label != null) {
                blocks.label(label.name(), label.start(), label.end());
                textStart = label.textStart();
            }
            blocks.text(textStart, lines.end(i));
        }
        return blocks.cues();
    }

    /** The label at the start of line {@code index}, or null when the line is plain text. */
    private static Label label(LineIndex lines, int index) {
        String text = lines.text();
        int from = lines.start(index);
        int to = lines.end(index);
        Matcher m = HEADER.matcher(text).region(from, to);
        if (m.matches()) {
            return new Label(m.group(1).trim(), Timestamps.seconds(m.group(2)), Timestamps.seconds(m.group(3)), to);
        }
        m = TIMED_LABEL.matcher(text).region(from, to);
        if (m.lookingAt()) {
            String name = m.group(2) == null ? null : m.group(2).trim();
            return new Label(name, Timestamps.seconds(m.group(1)), null, m.end());
        }
        m = NAME_LABEL.matcher(text).region(from, to);
        if (m.lookingAt()) {
            return new Label(m.group(1).trim(), null, null, m.end());
        }
        return null;
    }

    /** Whether line {@code index} starts with a label that carries a time. */
    static boolean isTimedLabel(LineIndex lines, int index) {
        Label label = label(lines, index);
        return label != null && label.start() != null;
    }

    /** The speaker name of a {@code Name: text} line, or null. */
    static String plainLabelName(LineIndex lines, int index) {
        Label label = label(lines, index);
        return label != null && label.start() == null ? label.name() : null;
    }
}
