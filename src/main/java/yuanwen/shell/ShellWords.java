package yuanwen.shell;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits a typed command line into words the way a POSIX shell does for quotes and backslashes,
 * with two forgiving rules for free text (searches and quotes are typed as prose): a quote mark
 * opens a quotation only at the start of a word (or after {@code =}), so the apostrophe of
 * {@code don't} or {@code Nadella's} is a letter; and a quote that is never closed is a letter too,
 * rather than an error or a continuation prompt.
 */
final class ShellWords {

    private ShellWords() {
    }

    static List<String> split(String line) {
        BitSet literal = new BitSet();
        while (true) {
            int unclosed = trySplit(line, literal, null);
            if (unclosed < 0) {
                List<String> words = new ArrayList<>();
                trySplit(line, literal, words);
                return words;
            }
            literal.set(unclosed);
        }
    }

    /** Splits into {@code words} (when given); returns the index of an unclosed quote, or -1. */
    private static int trySplit(String line, BitSet literal, List<String> words) {
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        int quoteAt = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()
                        && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if ((c == '"' || c == '\'') && !literal.get(i)
                    && (!inWord || word.length() > 0 && word.charAt(word.length() - 1) == '=' || isQuoted(line, i))) {
                quote = c;
                quoteAt = i;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord && words != null) {
                    words.add(word.toString());
                }
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            return quoteAt;
        }
        if (inWord && words != null) {
            words.add(word.toString());
        }
        return -1;
    }

    /** A quote right after a closing quote of the same word ('a'"b"): POSIX joins them. */
    private static boolean isQuoted(String line, int i) {
        return i > 0 && (line.charAt(i - 1) == '"' || line.charAt(i - 1) == '\'');
    }
}
