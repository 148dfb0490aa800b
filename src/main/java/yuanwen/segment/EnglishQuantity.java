package yuanwen.segment;

import java.util.List;
import yuanwen.lang.en.EnglishTokens.Token;

/**
 * The number part of an English quantity, literal (2.75, 1,000,000, with an optional scale:
 * "2.75 billion", "$10B") or spelled ("twenty-five", "a million"), as tokens [start, next).
 */
record EnglishQuantity(double value, int start, int next, boolean fold, boolean spelledOne,
                       boolean isYearCandidate) {

    private static final double MIN_YEAR = 1900;
    private static final double MAX_YEAR = 2100;

    /** The number starting at token {@code i}, or null when none does or it is part of a name. */
    static EnglishQuantity read(List<Token> tokens, EnglishUnits units, String text, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(i);
        if (token.isNumber()) {
            return literal(tokens, units, text, i);
        }
        EnglishNumberWords.Phrase phrase = EnglishNumberWords.read(tokens, i);
        if (phrase == null) {
            return null;
        }
        return new EnglishQuantity(phrase.value(), i, phrase.next(), phrase.fold(), phrase.spelledOne(), false);
    }

    private static EnglishQuantity literal(List<Token> tokens, EnglishUnits units, String text, int i) {
        Token token = tokens.get(i);
        if (ArabicNumerals.isGlued(text, token.start(), token.end())
                || ArabicNumerals.isIdentifierLike(token.text())) {
            return null;
        }
        double value = ArabicNumerals.parse(token.text());
        double scale = units.scaleAfterDigits(i);
        if (scale != 1.0) {
            return new EnglishQuantity(value * scale, i, i + 2, false, false, false);
        }
        boolean year = ArabicNumerals.isFourDigitInteger(token.text()) && value >= MIN_YEAR && value <= MAX_YEAR;
        return new EnglishQuantity(value, i, i + 1, false, false, year);
    }
}
