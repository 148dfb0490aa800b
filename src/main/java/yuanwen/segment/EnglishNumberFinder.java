package yuanwen.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yuanwen.lang.en.EnglishTokenizer;
import yuanwen.lang.en.EnglishTokens;
import yuanwen.lang.en.EnglishTokens.Token;

/**
 * Finds numbers in English text, token by token: dates and '92-style years first, then
 * spelled ordinals, then quantities (optional currency, a literal or spelled number, an
 * optional scale, an optional unit). Bare "one" and "a" are not reported, as the Chinese
 * side does not report the article 一.
 */
final class EnglishNumberFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("January", 1), Map.entry("Jan", 1), Map.entry("February", 2), Map.entry("Feb", 2),
            Map.entry("March", 3), Map.entry("Mar", 3), Map.entry("April", 4), Map.entry("Apr", 4),
            Map.entry("May", 5), Map.entry("June", 6), Map.entry("Jun", 6), Map.entry("July", 7),
            Map.entry("Jul", 7), Map.entry("August", 8), Map.entry("Aug", 8), Map.entry("September", 9),
            Map.entry("Sep", 9), Map.entry("Sept", 9), Map.entry("October", 10), Map.entry("Oct", 10),
            Map.entry("November", 11), Map.entry("Nov", 11), Map.entry("December", 12), Map.entry("Dec", 12));
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20));
    /** Words after which a 4-digit number is a year ("in 1992", "since 2015"). */
    private static final Set<String> YEAR_CUES = Set.of(
            "in", "since", "by", "from", "until", "till", "to", "before", "after", "around", "circa",
            "during", "through", "of", "year", "fiscal", "fy", "early", "late", "mid", "between", "and",
            "or", "than", "summer", "winter", "spring", "fall", "autumn");
    /** Function words that may follow a year without making it a count ("2020 was"). */
    private static final Set<String> AFTER_YEAR = Set.of(
            "was", "is", "were", "will", "and", "or", "to", "when", "we", "i", "you", "he", "she", "they",
            "it", "that", "the", "a", "as", "at", "in", "on", "for", "with", "through", "until", "then",
            "there", "this", "because", "so", "but", "had", "has", "have", "onwards", "onward", "alone",
            "already", "where", "which");
    private static final Set<String> APOSTROPHES = Set.of("'", "’", "‘");
    private static final double MIN_YEAR = 1900;
    private static final double MAX_YEAR = 2100;

    /**
     * Quantities are written with thousands separators (1,000,000 people), so a number keeps them
     * ({@link EnglishTokenizer.Option#THOUSANDS_GROUPS}); words are runs of ASCII letters, which is
     * what the number words and units are.
     */
    private static final EnglishTokenizer TOKENIZER = EnglishTokenizer.with(EnglishTokenizer.Option.THOUSANDS_GROUPS);

    private final String text;
    private final List<Token> tokens;
    private final EnglishUnits units;

    private EnglishNumberFinder(String text) {
        this.text = text;
        this.tokens = TOKENIZER.tokenize(UrlMask.blank(ArabicNumerals.normalize(text))).list();
        this.units = new EnglishUnits(tokens);
    }

    static List<NumberMention> find(String text) {
        return mayHaveNumber(text) ? new EnglishNumberFinder(text).findAll() : List.of();
    }

    /** The full search, without the quick check (for tests that compare the two). */
    static List<NumberMention> findWithoutQuickCheck(String text) {
        return new EnglishNumberFinder(text).findAll();
    }

    /**
     * Every mention holds a digit or starts at a number word ("two", "dozen", "half", "first",
     * "the second", "tenfold"); most sentences have neither and are passed over without tokenizing them.
     */
    static boolean mayHaveNumber(String text) {
        EnglishTokens tokens = TOKENIZER.tokenize(text);
        for (int t = 0; t < tokens.size(); t++) {
            switch (tokens.kind(t)) {
                case NUMBER -> {
                    return true;
                }
                case SYMBOL -> {
                    // Fullwidth and other non-ASCII digits: the search reads fullwidth ones as ASCII.
                    if (Character.isDigit(text.codePointAt(tokens.start(t)))) {
                        return true;
                    }
                }
                case WORD -> {
                    String word = tokens.text(t).toLowerCase(java.util.Locale.ROOT);
                    if (EnglishNumberWords.isNumberWord(word) || word.equals("half") || word.equals("second")
                            || ORDINAL_WORDS.containsKey(word)
                            || (word.endsWith("fold") && word.length() > "fold".length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A mention and the token index just past it. */
    private record Found(NumberMention mention, int next) {
    }

    private List<NumberMention> findAll() {
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found at = readAt(i);
            if (at != null && at.mention != null) {
                found.add(at.mention);
            }
            i = at != null ? Math.max(at.next, i + 1) : i + 1;
        }
        return found;
    }

    private Found readAt(int i) {
        Found date = date(i);
        if (date != null) {
            return date;
        }
        Found year = apostropheYear(i);
        if (year != null) {
            return year;
        }
        Found ordinal = ordinalWord(i);
        return ordinal != null ? ordinal : quantity(i);
    }

    /** December 3 / 3 December are dates; December 3, 2024 and December 2024 are years. */
    private Found date(int i) {
        Integer month = MONTHS.get(units.text(i));
        if (month != null) {
            int dayAt = units.text(i + 1).equals(".") ? i + 2 : i + 1;
            return monthFirst(i, month, dayAt);
        }
        Integer dayFirstMonth = MONTHS.get(units.text(i + 1));
        if (dayFirstMonth != null && isDay(i)) {
            return withYear(i, i + 2, dayFirstMonth * 100 + number(i));
        }
        return null;
    }

    private Found monthFirst(int i, int month, int dayAt) {
        if (isYearLiteral(dayAt)) {
            return new Found(mention(NumberKind.YEAR, number(dayAt), null, i, dayAt + 1), dayAt + 1);
        }
        if (!isDay(dayAt)) {
            return null;
        }
        int next = isOrdinalSuffix(dayAt + 1) ? dayAt + 2 : dayAt + 1;
        return withYear(i, next, month * 100 + number(dayAt));
    }

    private Found withYear(int start, int next, double monthDay) {
        int yearAt = units.text(next).equals(",") ? next + 1 : next;
        if (isYearLiteral(yearAt)) {
            return new Found(mention(NumberKind.YEAR, number(yearAt), null, start, yearAt + 1), yearAt + 1);
        }
        return new Found(mention(NumberKind.DATE, monthDay, null, start, next), next);
    }

    private boolean isDay(int i) {
        if (i >= tokens.size() || !tokens.get(i).isNumber() || tokens.get(i).text().contains(".")) {
            return false;
        }
        double day = number(i);
        boolean inMonth = day >= 1 && day <= 31 && day == Math.rint(day);
        return inMonth && (!units.isWordAt(i + 1, true) || isOrdinalSuffix(i + 1));
    }

    private boolean isOrdinalSuffix(int i) {
        return units.glued(i) && Set.of("st", "nd", "rd", "th").contains(units.lower(i));
    }

    private boolean isYearLiteral(int i) {
        if (i >= tokens.size() || !ArabicNumerals.isFourDigitInteger(tokens.get(i).text())) {
            return false;
        }
        double value = number(i);
        return value >= MIN_YEAR && value <= MAX_YEAR;
    }

    /** '92 is 1992, '90s the 1990s. */
    private Found apostropheYear(int i) {
        if (!APOSTROPHES.contains(units.text(i)) || !units.glued(i + 1) || units.text(i + 1).length() != 2
                || !tokens.get(i + 1).isNumber() || letterBefore(i)) {
            return null;
        }
        boolean decade = units.glued(i + 2) && units.text(i + 2).equals("s");
        int next = decade ? i + 3 : i + 2;
        if (units.glued(next) && tokens.get(next).isWord()) {
            return null;
        }
        double twoDigits = number(i + 1);
        double year = twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
        return new Found(mention(NumberKind.YEAR, year, decade ? "decade" : null, i, next), next);
    }

    private boolean letterBefore(int i) {
        return i > 0 && units.glued(i) && (tokens.get(i - 1).isWord() || tokens.get(i - 1).isNumber());
    }

    /** first, third...; "second" only as "the second", since it is usually a unit of time. */
    private Found ordinalWord(int i) {
        String word = units.lower(i);
        Integer rank = ORDINAL_WORDS.get(word);
        if (rank == null && word.equals("second") && units.lower(i - 1).equals("the")) {
            rank = 2;
        }
        return rank == null ? null : new Found(mention(NumberKind.ORDINAL, rank, null, i, i + 1), i + 1);
    }

    private Found quantity(int i) {
        EnglishUnits.Prefix currency = units.currencyAt(i);
        int numberAt = currency != null ? currency.numberAt() : i;
        EnglishQuantity number = EnglishQuantity.read(tokens, units, text, numberAt);
        if (number == null) {
            return null;
        }
        EnglishUnits.Reading unit = units.unitAt(number.next());
        int start = currency != null ? i : numberAt;
        return classify(start, currency, number, unit);
    }

    private Found classify(int start, EnglishUnits.Prefix currency, EnglishQuantity number,
                           EnglishUnits.Reading unit) {
        if (unit != null && unit.kind() == NumberKind.YEAR) {
            return decade(start, number, unit);
        }
        if (currency != null && (unit == null || unit.kind() == NumberKind.MONEY)) {
            int next = unit != null ? unit.next() : number.next();
            return found(NumberKind.MONEY, number.value(), currency.currency(), start, next);
        }
        if (unit != null) {
            int from = unit.kind() == NumberKind.MULTIPLE || currency == null ? number.start() : start;
            return found(unit.kind(), number.value(), unit.unit(), from, unit.next());
        }
        if (units.isWordAt(number.next(), true)) {
            return new Found(null, number.next() + 1);    // 4o, 7nm: a name or a measurement we do not model
        }
        if (number.fold()) {
            return found(NumberKind.MULTIPLE, number.value(), null, number.start(), number.next());
        }
        if (number.isYearCandidate() && looksLikeYear(number)) {
            return found(NumberKind.YEAR, number.value(), null, number.start(), number.next());
        }
        if (number.spelledOne()) {
            return new Found(null, number.next());
        }
        return found(NumberKind.COUNT, number.value(), null, number.start(), number.next());
    }

    /** 1990s is a decade; other numbers with a glued "s" are left alone. */
    private Found decade(int start, EnglishQuantity number, EnglishUnits.Reading unit) {
        if (!number.isYearCandidate()) {
            return new Found(null, unit.next());
        }
        return found(NumberKind.YEAR, number.value(), "decade", start, unit.next());
    }

    private boolean looksLikeYear(EnglishQuantity number) {
        if (YEAR_CUES.contains(units.lower(number.start() - 1))) {
            return true;
        }
        int after = number.next();
        if (after >= tokens.size() || !tokens.get(after).isWord()) {
            return true;
        }
        String word = tokens.get(after).text();
        return Character.isUpperCase(word.charAt(0)) || AFTER_YEAR.contains(word.toLowerCase());
    }

    private Found found(NumberKind kind, double value, String unit, int startToken, int next) {
        return new Found(mention(kind, value, unit, startToken, next), next);
    }

    private NumberMention mention(NumberKind kind, double value, String unit, int startToken, int next) {
        int start = tokens.get(startToken).start();
        int end = tokens.get(next - 1).end();
        return new NumberMention(kind, value, unit, start, end, text.substring(start, end));
    }

    private double number(int i) {
        return ArabicNumerals.parse(tokens.get(i).text());
    }
}
