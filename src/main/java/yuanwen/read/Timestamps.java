package yuanwen.read;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yuanwen.text.BadInputException;

/**
 * Caption time stamps as SRT, WebVTT and Whisper write them: {@code [h:]mm:ss[.,]fff}. Hours are
 * optional (WebVTT, Whisper under an hour) and the fraction separator may be a comma or a dot because
 * real SRT files use both.
 */
final class Timestamps {

    /** One time stamp, for embedding in other patterns. */
    static final String TIME = "(?:\\d+:)?\\d+:\\d{2}(?:[.,]\\d{1,3})?";

    private static final Pattern TIMING = Pattern.compile(
            "\\s*(" + TIME + ")\\s*-->\\s*(" + TIME + ")(?:\\s+(.*))?\\s*");

    /**
     * What a transcript writes where its labels put a time, broken ones included ({@code 00:2x},
     * {@code 0x:28}, {@code 1:75}): a digit first, a colon inside, digits, letters or separators around
     * it. Transcript readers match this shape and then parse it with {@link #transcriptTime}, so a
     * mistyped time is reported, not read as words.
     */
    static final String TIME_LIKE = "\\d[\\p{Alnum}.,]*:[\\p{Alnum}:.,]+";

    /** A cue timing line: start, end and whatever follows (WebVTT cue settings), never null. */
    record Timing(double start, double end, String settings) {
    }

    private Timestamps() {
    }

    /**
     * Seconds, rounded to the millisecond; null when {@code text} is not a time stamp. Parsed by hand,
     * without a regular expression, because this runs twice per caption line.
     */
    static Double seconds(String text) {
        String t = text.trim();
        int fraction = t.length();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '.' || t.charAt(i) == ',') {
                fraction = i;
                break;
            }
        }
        long[] fields = new long[3];
        int count = 0;
        int digits = 0;
        for (int i = 0; i < fraction; i++) {
            char c = t.charAt(i);
            if (c == ':') {
                if (digits == 0 || count == 2) {
                    return null;
                }
                count++;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 9) {
                fields[count] = fields[count] * 10 + (c - '0');
                digits++;
            } else {
                return null;
            }
        }
        if (count == 0 || digits != 2) {
            return null; // need at least mm:ss, seconds always two digits
        }
        long hours = count == 2 ? fields[0] : 0;
        long minutes = fields[count - 1];
        long secs = fields[count];
        if (secs > 59 || (count == 2 && minutes > 59)) {
            return null;
        }
        int fractionDigits = t.length() - fraction - 1;
        long millis = 0;
        if (fraction < t.length()) {
            if (fractionDigits < 1 || fractionDigits > 3) {
                return null;
            }
            for (int i = fraction + 1; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                millis = millis * 10 + (c - '0');
            }
            for (int i = fractionDigits; i < 3; i++) {
                millis *= 10;
            }
        }
        return ((hours * 3600 + minutes * 60 + secs) * 1000 + millis) / 1000.0;
    }

    /**
     * The seconds of a time found where a transcript label puts one ({@link #TIME_LIKE}).
     *
     * @param lineIndex 0-based line of the label, for the message
     * @param expected  how the format writes times, for the message, e.g. {@code (01:02) or (1:02:03)}
     * @throws BadInputException naming the file and line when {@code token} is not a time
     */
    static double transcriptTime(Path file, int lineIndex, String token, String expected) {
        Double seconds = seconds(token);
        if (seconds == null) {
            throw new BadInputException(file, lineIndex + 1, "expected a time like " + expected + ", found " + token);
        }
        return seconds;
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
