package yuanwen.shell;

import org.jline.utils.AttributedString;

/**
 * Rows that fit the terminal: text cut and padded by display width, so that Chinese (two columns a
 * character, by JLine's {@code wcwidth}) and English line up in one table. The width is the shell's
 * terminal's; for a one-shot run {@code $COLUMNS} when set, else 100 (the same bytes for the same
 * input, as scripts and tests need).
 */
final class TerminalColumns {

    static final int DEFAULT_WIDTH = 100;
    /** Narrower than this, the text columns would be unreadable: the table does not shrink further. */
    static final int MIN_WIDTH = 60;

    private static volatile int shellWidth;

    private TerminalColumns() {
    }

    /** The interactive shell tells the width of its terminal before each command. */
    static void setShellWidth(int width) {
        shellWidth = width;
    }

    static int width() {
        int width = shellWidth;
        if (width <= 0) {
            String columns = System.getenv("COLUMNS");
            try {
                width = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
            } catch (NumberFormatException e) {
                width = DEFAULT_WIDTH;
            }
        }
        return Math.max(MIN_WIDTH, width);
    }

    /** How many terminal columns the text takes. */
    static int columns(String text) {
        return new AttributedString(text).columnLength();
    }

    /** The text in exactly {@code width} columns: cut with "…" when longer, padded with spaces when shorter. */
    static String fit(String text, int width) {
        String flat = text.replace('\n', ' ').replace('\t', ' ');
        AttributedString s = new AttributedString(flat);
        int length = s.columnLength();
        if (length > width) {
            String cut = s.columnSubSequence(0, width - 1).toString();
            // a double-width character that would straddle the edge is left out: pad what is missing
            return cut + "…" + " ".repeat(Math.max(0, width - 1 - columns(cut)));
        }
        return flat + " ".repeat(width - length);
    }
}
