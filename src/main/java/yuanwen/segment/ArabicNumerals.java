package yuanwen.segment;

import java.util.regex.Pattern;
import yuanwen.lang.en.EnglishTokenizer;

/** Arabic-digit literals as they appear in both languages: 2.5, 1,000,000, fullwidth ２０２４. */
final class ArabicNumerals {

    /** A literal: thousands groups must be exact, so "1,2345" reads as two numbers. */
    static final String LITERAL = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

    /** Digit runs this long without separators are identifiers (phones, IDs), not quantities. */
    static final int MAX_PLAIN_DIGITS = 7;

    private static final Pattern PLAIN_DIGITS = Pattern.compile("\\d+");

    private ArabicNumerals() {
    }

    /**
     * Maps fullwidth digits, point, percent, dollar and comma-free forms to ASCII one char for
     * one char, so offsets found in the normalised text are valid in the original.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(toAscii(text.charAt(i)));
        }
        return out.toString();
    }

    private static char toAscii(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '．' -> '.';
            case '％' -> '%';
            case '＄' -> '$';
            default -> c;
        };
    }

    /** The value of a literal matching {@link #LITERAL} (fullwidth allowed). */
    static double parse(String literal) {
        return Double.parseDouble(normalize(literal).replace(",", ""));
    }

    /** Whether a literal is a plain integer of exactly four digits (a year candidate). */
    static boolean isFourDigitInteger(String literal) {
        return literal.length() == 4 && PLAIN_DIGITS.matcher(literal).matches();
    }

    /** Whether a literal is too long a plain digit run to be a quantity. */
    static boolean isIdentifierLike(String literal) {
        return literal.length() > MAX_PLAIN_DIGITS && PLAIN_DIGITS.matcher(literal).matches();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the literal at [start, end) is glued into something that is not a quantity:
     * digit groups joined by - : / . (dates, times, ranges, versions, phone numbers) or a
     * letter-digit name (GPT-4, H100, o1). The allowed glued suffix letters (10x, $10B, 3rd)
     * are decided by the caller, so only a letter before counts here.
     */
    static boolean isGlued(String text, int start, int end) {
        return joinedBefore(text, start) || joinedAfter(text, end) || letterBefore(text, start);
    }

    private static boolean joinedBefore(String text, int start) {
        return start >= 2 && isJoiner(text.charAt(start - 1)) && isDigit(text.charAt(start - 2));
    }

    private static boolean joinedAfter(String text, int end) {
        return end + 1 < text.length() && isJoiner(text.charAt(end)) && isDigit(text.charAt(end + 1));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == ':' || c == '/' || c == '.' || c == '~' || c == '～' || c == '–';
    }

    private static boolean letterBefore(String text, int start) {
        if (start >= 1 && EnglishTokenizer.isAsciiLetter(text.charAt(start - 1))) {
            return true;
        }
        return start >= 2 && text.charAt(start - 1) == '-' && EnglishTokenizer.isAsciiLetter(text.charAt(start - 2));
    }
}
