package yuanwen.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Caption time stamps as SRT, WebVTT and Whisper write them: {@code [h:]mm:ss[.,]fff}. Hours are
 * optional (WebVTT, Whisper under an hour) and the fraction separator may be a comma or a dot because
 * real SRT files use both.
 */
final class Timestamps {

    /** One time stamp, for embedding in other patterns. */
    static final String TIME = "(?:\\d+:)?\\d+:\\d{2}(?:[.,]\\d{1,3})?";

    private static final Pattern TIME_PARTS = Pattern.compile("(?:(\\d+):)?(\\d+):(\\d{2})(?:[.,](\\d{1,3}))?");
    private static final Pattern TIMING = Pattern.compile(
            "\\s*(" + TIME + ")\\s*-->\\s*(" + TIME + ")(?:\\s+(.*))?\\s*");

    /** A cue timing line: start, end and whatever follows (WebVTT cue settings), never null. */
    record Timing(double start, double end, String settings) {
    }

    private Timestamps() {
    }

    /** Seconds, rounded to the millisecond; null when {@code text} is not a time stamp. */
    static Double seconds(String text) {
        Matcher m = TIME_PARTS.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long secs = Long.parseLong(m.group(3));
        if (secs > 59 || (m.group(1) != null && minutes > 59)) {
            return null;
        }
        long millis = 0;
        if (m.group(4) != null) {
            String fraction = (m.group(4) + "00").substring(0, 3);
            millis = Long.parseLong(fraction);
        }
        return ((hours * 3600 + minutes * 60 + secs) * 1000 + millis) / 1000.0;
    }

    /** The timing of a {@code start --> end [settings]} line; null when the line is not one. */
    static Timing timing(String line) {
        Matcher m = TIMING.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Double start = seconds(m.group(1));
        Double end = seconds(m.group(2));
        if (start == null || end == null) {
            return null;
        }
        return new Timing(start, end, m.group(3) == null ? "" : m.group(3).trim());
    }

    /** Whether a line was probably meant as a timing line, so failing to parse it is an error, not text. */
    static boolean looksLikeTiming(String line) {
        String trimmed = line.trim();
        return trimmed.contains("-->") || trimmed.contains("->") || trimmed.matches("\\d+:\\d.*");
    }
}
