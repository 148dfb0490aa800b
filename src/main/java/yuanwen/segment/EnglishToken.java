package yuanwen.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, a number literal or a single symbol of English text, with its offsets; the
 * English finder reads numbers token by token because English spreads them over words
 * ("two and a half billion dollars").
 */
record EnglishToken(String text, int start, int end) {

    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?|[A-Za-z]+|\\S");

    static List<EnglishToken> tokenize(String text) {
        List<EnglishToken> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new EnglishToken(m.group(), m.start(), m.end()));
        }
        return tokens;
    }

    boolean isNumber() {
        return ArabicNumerals.isDigit(text.charAt(0));
    }

    boolean isWord() {
        return ArabicNumerals.isAsciiLetter(text.charAt(0));
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether this token starts right where {@code previous} ends, with no space between. */
    boolean gluedTo(EnglishToken previous) {
        return previous.end == start;
    }
}
