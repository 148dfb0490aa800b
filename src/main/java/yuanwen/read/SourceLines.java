package yuanwen.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a decoded file with their character offsets. Accepts {@code \r\n}, {@code \n} and a lone
 * {@code \r} as line ends, so mixed line endings number the lines the same way an editor does.
 */
final class SourceLines {

    /** One line: 1-based number, text without its terminator, and offsets into the original. */
    record Line(int number, int start, int end, String text) {
    }

    private final List<Line> lines;
    private final int[] lineStarts;

    SourceLines(String original) {
        List<Line> found = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = original.length();
        while (i < n) {
            char c = original.charAt(i);
            if (c == '\n' || c == '\r') {
                found.add(new Line(found.size() + 1, start, i, original.substring(start, i)));
                i += (c == '\r' && i + 1 < n && original.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            found.add(new Line(found.size() + 1, start, n, original.substring(start, n)));
        }
        this.lines = List.copyOf(found);
        this.lineStarts = found.stream().mapToInt(Line::start).toArray();
    }

    List<Line> lines() {
        return lines;
    }

    /** The 1-based line holding the character at {@code offset}. */
    int lineAt(int offset) {
        if (lineStarts.length == 0) {
            return 1;
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : Math.max(1, -found - 1);
    }
}
