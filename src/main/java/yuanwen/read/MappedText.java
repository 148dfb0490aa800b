package yuanwen.read;

import java.util.Arrays;

/**
 * Text taken out of a source file together with, for every character, the range of source characters
 * it came from. Markup removal, entity decoding and whitespace folding change lengths, so a sentence
 * found in the cleaned text can only be pointed back at the file through this map.
 */
public final class MappedText {

    private static final MappedText EMPTY = new MappedText("", new int[0], new int[0]);

    private final String text;
    private final int[] sourceStarts;
    private final int[] sourceEnds;

    private MappedText(String text, int[] sourceStarts, int[] sourceEnds) {
        this.text = text;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Source offset of the first source character behind character {@code index}. */
    public int sourceStart(int index) {
        return sourceStarts[index];
    }

    /** Source offset just past the last source character behind character {@code index}. */
    public int sourceEnd(int index) {
        return sourceEnds[index];
    }

    /** The characters from {@code from} to the end, surrounding whitespace removed. */
    public MappedText from(int from) {
        int start = from;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return EMPTY;
        }
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(sourceStarts, start, end),
                Arrays.copyOfRange(sourceEnds, start, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappedText other && text.equals(other.text)
                && Arrays.equals(sourceStarts, other.sourceStarts) && Arrays.equals(sourceEnds, other.sourceEnds);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Collects characters with their source ranges. Whitespace is folded as it comes in: runs become one
     * space and leading and trailing whitespace is dropped, so every reader produces the same spacing.
     */
    public static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private boolean spacePending;
        private int spaceStart;
        private int spaceEnd;

        private Builder() {
        }

        /** Appends one character that stands for source characters {@code [sourceStart, sourceEnd)}. */
        public Builder append(char c, int sourceStart, int sourceEnd) {
            if (isSpace(c)) {
                return space(sourceStart, sourceEnd);
            }
            if (spacePending) {
                spacePending = false;
                put(' ', spaceStart, spaceEnd);
            }
            put(c, sourceStart, sourceEnd);
            return this;
        }

        /** Appends {@code source[from, to)} verbatim, each character standing for itself. */
        public Builder appendSource(CharSequence source, int from, int to) {
            for (int i = from; i < to; i++) {
                append(source.charAt(i), i, i + 1);
            }
            return this;
        }

        /** Appends already mapped text, e.g. the next line of a cue. */
        public Builder append(MappedText mapped) {
            for (int i = 0; i < mapped.length(); i++) {
                append(mapped.text.charAt(i), mapped.sourceStarts[i], mapped.sourceEnds[i]);
            }
            return this;
        }

        /** A word break that stands for source characters {@code [sourceStart, sourceEnd)}, e.g. a line break. */
        public Builder space(int sourceStart, int sourceEnd) {
            if (text.length() > 0 && !spacePending) {
                spacePending = true;
                spaceStart = sourceStart;
                spaceEnd = sourceEnd;
            }
            return this;
        }

        public boolean isEmpty() {
            return text.length() == 0;
        }

        public MappedText build() {
            if (text.length() == 0) {
                return EMPTY;
            }
            int n = text.length();
            return new MappedText(text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }

        private void put(char c, int sourceStart, int sourceEnd) {
            int n = text.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = sourceStart;
            ends[n] = sourceEnd;
            text.append(c);
        }

        // No-break spaces (&nbsp;) separate words like spaces do; keeping them would glue words for matching.
        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
        }
    }

    /**
     * Text under construction that keeps every character as given, with the source range it came
     * from: the article reader's working copy, which folds whitespace itself (Markdown-aware) and
     * cuts and trims as it classifies lines. {@link #build()} freezes it into a {@link MappedText}.
     */
    static final class Draft {

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

        void append(Draft other) {
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
        Draft from(int skip) {
            Draft copy = new Draft();
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

        /** The text so far, frozen, with its source ranges. */
        MappedText build() {
            return text.length() == 0 ? EMPTY : new MappedText(text.toString(), sourceStarts(), sourceEnds());
        }
    }
}
