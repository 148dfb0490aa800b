package yuanwen.read;

import java.util.Arrays;

/**
 * Text under construction where every character remembers the source range it came from, so that
 * cleaning (markup removal, entity decoding, joining wrapped lines) never loses the way back to the
 * original file.
 */
final class TracedText {

    private final StringBuilder text = new StringBuilder();
    private int[] sourceStart = new int[64];
    private int[] sourceEnd = new int[64];

    /** Appends {@code c}, which stands for the source characters {@code [start, end)}. */
    void append(char c, int start, int end) {
        int at = text.length();
        if (at == sourceStart.length) {
            sourceStart = Arrays.copyOf(sourceStart, at * 2);
            sourceEnd = Arrays.copyOf(sourceEnd, at * 2);
        }
        text.append(c);
        sourceStart[at] = start;
        sourceEnd[at] = end;
    }

    void append(TracedText other) {
        for (int i = 0; i < other.length(); i++) {
            append(other.charAt(i), other.sourceStart(i), other.sourceEnd(i));
        }
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    char lastChar() {
        return text.charAt(text.length() - 1);
    }

    int sourceStart(int i) {
        return sourceStart[i];
    }

    int sourceEnd(int i) {
        return sourceEnd[i];
    }

    void truncate(int newLength) {
        text.setLength(newLength);
    }

    /** Removes trailing whitespace. */
    void stripTrailing() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
    }

    /** A copy without leading whitespace and without the first {@code skip} characters. */
    TracedText from(int skip) {
        TracedText copy = new TracedText();
        for (int i = skip; i < length(); i++) {
            copy.append(charAt(i), sourceStart(i), sourceEnd(i));
        }
        return copy;
    }

    int[] sourceStarts() {
        return Arrays.copyOf(sourceStart, text.length());
    }

    int[] sourceEnds() {
        return Arrays.copyOf(sourceEnd, text.length());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
