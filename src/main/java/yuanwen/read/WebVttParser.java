package yuanwen.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The file level of the W3C WebVTT parser algorithm ("WebVTT parser algorithm", "collect a WebVTT
 * block", "collect WebVTT cue timings and settings", "collect a WebVTT timestamp"), step by step,
 * so that a file yields exactly the cues browsers take from it: the 40 file-parsing cases of
 * web-platform-tests are checked in {@code WebVttConformanceTest}. Cue settings, REGION and STYLE
 * blocks are read past, not interpreted; cue text is kept raw (markup is {@link CaptionMarkup}'s).
 *
 * <p>Where the algorithm drops a block (a timing line that does not parse, a {@code -->} line in
 * the wrong place) the block is remembered in {@link Result#failedTimings()}, so that
 * {@link VttReader} can refuse what looks like a broken timing instead of losing speech in silence.
 */
final class WebVttParser {

    /** The cues in file order, and the 0-based lines of timing-like lines that did not parse. */
    record Result(boolean signature, List<CaptionCue> cues, List<Integer> failedTimings) {
    }

    private final LineIndex lines;
    private final List<CaptionCue> cues = new ArrayList<>();
    private final List<Integer> failedTimings = new ArrayList<>();
    private int line; // the next line to read (the algorithm's position, a line at a time)

    private WebVttParser(LineIndex lines) {
        this.lines = lines;
    }

    /** Parses decoded text (NULs already U+FFFD, a BOM is skipped by the line index). */
    static Result parse(LineIndex lines) {
        return new WebVttParser(lines).run();
    }

    private Result run() {
        int n = lines.count();
        if (n == 0 || !isSignature(lines.line(0))) {
            return new Result(false, List.of(), List.of());
        }
        line = 1;
        // "Header": a block read with the in-header flag, unless the line after the signature is empty.
        if (line < n && !lines.line(line).isEmpty()) {
            collectBlock(true);
        } else {
            line++;
        }
        skipEmptyLines();
        while (line < n) {
            collectBlock(false);
            skipEmptyLines();
        }
        return new Result(true, cues, failedTimings);
    }

    /** "WEBVTT" alone, or followed by a space or a tab and anything. */
    private static boolean isSignature(String first) {
        return first.startsWith("WEBVTT")
                && (first.length() == 6 || first.charAt(6) == ' ' || first.charAt(6) == '\t');
    }

    private void skipEmptyLines() {
        while (line < lines.count() && lines.line(line).isEmpty()) {
            line++;
        }
    }

    /** "Collect a WebVTT block": a cue is added when the block is one; anything else is read past. */
    private void collectBlock(boolean inHeader) {
        int lineCount = 0;
        int previous = line;
        boolean seenArrow = false;
        boolean seenCue = false;
        StringBuilder buffer = new StringBuilder();
        List<Integer> textLines = new ArrayList<>();
        String id = null;
        double start = 0;
        double end = 0;
        int timingLine = -1;
        int n = lines.count();
        while (line < n) {
            int index = line;
            String text = lines.line(index);
            lineCount++;
            line++;
            if (text.contains("-->")) {
                if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow))) {
                    seenArrow = true;
                    previous = line;
                    double[] timing = timings(text);
                    if (timing == null) {
                        if (text.strip().matches("\\d.*-->\\s*\\d.*")) { // meant as a timing, not "-->" text
                            failedTimings.add(index);
                        }
                        id = null;
                        seenCue = false;
                    } else {
                        id = buffer.toString();
                        start = timing[0];
                        end = timing[1];
                        timingLine = index;
                        buffer.setLength(0);
                        textLines.clear();
                        seenCue = true;
                    }
                } else {
                    line = previous;
                    break;
                }
            } else if (text.isEmpty()) {
                break;
            } else {
                if (!inHeader && lineCount == 2 && !seenCue
                        && (startsWithKeyword(buffer, "STYLE") || startsWithKeyword(buffer, "REGION"))) {
                    buffer.setLength(0); // a style sheet or region definition: not interpreted here
                    textLines.clear();
                }
                if (buffer.length() > 0) {
                    buffer.append('\n');
                }
                buffer.append(text);
                textLines.add(index);
                previous = line;
            }
        }
        if (seenCue) {
            cues.add(new CaptionCue(id, start, end, buffer.toString(), textLines, timingLine));
        }
    }

    /** The buffer is the keyword, optionally followed by spaces and tabs only. */
    private static boolean startsWithKeyword(StringBuilder buffer, String keyword) {
        if (buffer.length() < keyword.length() || !buffer.substring(0, keyword.length()).equals(keyword)) {
            return false;
        }
        for (int i = keyword.length(); i < buffer.length(); i++) {
            char c = buffer.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** "Collect WebVTT cue timings and settings": start and end, or null when they do not parse. */
    static double[] timings(String text) {
        int[] at = {0};
        skipWhitespace(text, at);
        Double start = timestamp(text, at);
        if (start == null) {
            return null;
        }
        skipWhitespace(text, at);
        for (char c : new char[] {'-', '-', '>'}) {
            if (at[0] >= text.length() || text.charAt(at[0]) != c) {
                return null;
            }
            at[0]++;
        }
        skipWhitespace(text, at);
        Double end = timestamp(text, at);
        if (end == null) {
            return null;
        }
        return new double[] {start, end};
    }

    /** ASCII whitespace as the algorithm means it: tab, LF, FF, CR, space (not VT). */
    private static void skipWhitespace(String text, int[] at) {
        while (at[0] < text.length()) {
            char c = text.charAt(at[0]);
            if (c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != ' ') {
                return;
            }
            at[0]++;
        }
    }

    /** "Collect a WebVTT timestamp": {@code [h…:]mm:ss.ttt}, or null. */
    private static Double timestamp(String text, int[] at) {
        boolean hours = false;
        String first = digits(text, at);
        if (first.isEmpty()) {
            return null;
        }
        long value1 = parse(first);
        if (first.length() != 2 || value1 > 59) {
            hours = true;
        }
        if (!expect(text, at, ':')) {
            return null;
        }
        String second = digits(text, at);
        if (second.length() != 2) {
            return null;
        }
        long value2 = parse(second);
        long value3;
        if (hours || (at[0] < text.length() && text.charAt(at[0]) == ':')) {
            if (!expect(text, at, ':')) {
                return null;
            }
            String third = digits(text, at);
            if (third.length() != 2) {
                return null;
            }
            value3 = parse(third);
        } else {
            value3 = value2;
            value2 = value1;
            value1 = 0;
        }
        if (!expect(text, at, '.')) {
            return null;
        }
        String fraction = digits(text, at);
        if (fraction.length() != 3) {
            return null;
        }
        if (value2 > 59 || value3 > 59) {
            return null;
        }
        // Whole milliseconds, summed as integers so that 59.999 is exactly what the file says.
        long millis = value1 * 3_600_000L + value2 * 60_000L + value3 * 1000L + parse(fraction);
        return millis / 1000.0;
    }

    private static boolean expect(String text, int[] at, char c) {
        if (at[0] >= text.length() || text.charAt(at[0]) != c) {
            return false;
        }
        at[0]++;
        return true;
    }

    private static String digits(String text, int[] at) {
        int from = at[0];
        while (at[0] < text.length() && text.charAt(at[0]) >= '0' && text.charAt(at[0]) <= '9') {
            at[0]++;
        }
        return text.substring(from, at[0]);
    }

    /** Hours may have any number of digits; more than fit a long are past any real file. */
    private static long parse(String digits) {
        if (digits.length() > 12) {
            return Long.MAX_VALUE / 4_000_000L;
        }
        return Long.parseLong(digits);
    }
}
