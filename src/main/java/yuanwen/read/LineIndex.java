package yuanwen.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a decoded source file. Accepts \n, \r\n and lone \r (also mixed), and skips a leading
 * byte-order mark, so readers never see either. Line indexes are 0-based; line numbers (for messages
 * and the sentences made from them) are 1-based.
 */
public final class LineIndex {

    /** One line: 1-based number, offsets into the decoded file, and its text without the line break. */
    public record Line(int number, int start, int end, String text) {
    }

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private LineIndex(String text, int[] starts, int[] ends, int count) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    public static LineIndex of(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                count++;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
            }
            starts[count] = start;
            ends[count] = n;
            count++;
        }
        return new LineIndex(text, starts, ends, count);
    }

    /** The whole decoded file. */
    public String text() {
        return text;
    }

    public int count() {
        return count;
    }

    /** Offset of the first character of line {@code index} (0-based). */
    public int start(int index) {
        return starts[index];
    }

    /** Offset just past the last character of line {@code index}, before its line break. */
    public int end(int index) {
        return ends[index];
    }

    /** Line {@code index} (0-based) without its line break. */
    public String line(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /** Every line in order, as {@link Line}s, for readers that classify line by line. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            lines.add(new Line(k + 1, starts[k], ends[k], line(k)));
        }
        return lines;
    }

    public boolean isBlank(int index) {
        for (int i = starts[index]; i < ends[index]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 1-based number of the line holding character {@code offset}; a line break counts to its line. */
    public int lineNumberAt(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        int index = found >= 0 ? found : -found - 2;
        return Math.max(index, 0) + 1;
    }
}
