package yuanwen.lang.en;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one text, in order: for each its kind and its span [start, end) in the text (as
 * OpenNLP's {@code Span[]}), held in flat arrays so that a sentence's tokens cost three arrays,
 * not an object each; {@link #list()} gives them as {@link Token}s where a caller wants objects.
 */
public final class EnglishTokens {

    /** One token: its kind, its span in the text, and the text of the span. */
    public record Token(EnglishTokenizer.Kind kind, int start, int end, String text) {

        public boolean isWord() {
            return kind == EnglishTokenizer.Kind.WORD;
        }

        public boolean isNumber() {
            return kind == EnglishTokenizer.Kind.NUMBER;
        }

        /** The text in lower case (Locale.ROOT). */
        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        /** Whether this token starts right where {@code previous} ends, with no space between. */
        public boolean gluedTo(Token previous) {
            return previous.end == start;
        }
    }

    private static final EnglishTokenizer.Kind[] KINDS = EnglishTokenizer.Kind.values();

    private final CharSequence text;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int size;

    EnglishTokens(CharSequence text, int capacity) {
        this.text = text;
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new byte[capacity];
    }

    void add(EnglishTokenizer.Kind kind, int start, int end) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            kinds = Arrays.copyOf(kinds, grown);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size++] = (byte) kind.ordinal();
    }

    /** How many tokens there are. */
    public int size() {
        return size;
    }

    /** Where token i starts in the text. */
    public int start(int i) {
        return starts[check(i)];
    }

    /** Where token i ends in the text (exclusive). */
    public int end(int i) {
        return ends[check(i)];
    }

    public EnglishTokenizer.Kind kind(int i) {
        return KINDS[kinds[check(i)]];
    }

    /** The text of token i. */
    public String text(int i) {
        return text.subSequence(start(i), end(i)).toString();
    }

    /** Token i as an object. */
    public Token token(int i) {
        return new Token(kind(i), start(i), end(i), text(i));
    }

    /** The tokens as objects (made once, on this call). */
    public List<Token> list() {
        Token[] all = new Token[size];
        for (int i = 0; i < size; i++) {
            all[i] = token(i);
        }
        return Collections.unmodifiableList(Arrays.asList(all));
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token " + i + " of " + size);
        }
        return i;
    }
}
