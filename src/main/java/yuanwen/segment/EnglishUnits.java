package yuanwen.segment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import yuanwen.lang.en.EnglishTokens.Token;

/**
 * The words and symbols around an English number that give it a kind: currency before it
 * ($, US$, €), scale words after it (billion, bn, M), and units after it (%, percent, x,
 * -fold, times, dollars, years, people, 1990s, 3rd).
 */
final class EnglishUnits {

    /** What follows a number: its kind, unit name and the token index just past it. */
    record Reading(NumberKind kind, String unit, int next) {
    }

    /** A currency written before a number, and the token index of that number. */
    record Prefix(String currency, int numberAt) {
    }

    private static final Map<String, String> SYMBOLS = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "CNY", "￥", "CNY");
    private static final Map<String, String> DOLLAR_COUNTRIES = Map.of(
            "us", "USD", "hk", "HKD");
    private static final Map<String, String> CODES = Map.of(
            "usd", "USD", "eur", "EUR", "gbp", "GBP", "rmb", "CNY", "cny", "CNY", "jpy", "JPY", "hkd", "HKD");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("bucks", "USD"),
            Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rmb", "CNY"),
            Map.entry("yen", "JPY"));
    private static final Map<String, String> TIME_UNITS = Map.ofEntries(
            Map.entry("year", "year"), Map.entry("years", "year"), Map.entry("yr", "year"),
            Map.entry("yrs", "year"), Map.entry("month", "month"), Map.entry("months", "month"),
            Map.entry("week", "week"), Map.entry("weeks", "week"), Map.entry("day", "day"),
            Map.entry("days", "day"), Map.entry("hour", "hour"), Map.entry("hours", "hour"),
            Map.entry("minute", "minute"), Map.entry("minutes", "minute"),
            Map.entry("second", "second"), Map.entry("seconds", "second"));
    private static final Set<String> PEOPLE = Set.of(
            "people", "persons", "person", "employees", "workers", "staff", "staffers");
    /** Scale abbreviations glued to digits: $10B, 500M, 3bn, 5k. */
    private static final Map<String, Double> SCALE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("K", 1e3), Map.entry("m", 1e6), Map.entry("M", 1e6),
            Map.entry("mn", 1e6), Map.entry("mm", 1e6), Map.entry("b", 1e9), Map.entry("B", 1e9),
            Map.entry("bn", 1e9), Map.entry("t", 1e12), Map.entry("T", 1e12), Map.entry("tn", 1e12),
            Map.entry("trn", 1e12));
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private final List<Token> tokens;

    EnglishUnits(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The currency before token {@code i}, or null. */
    Prefix currencyAt(int i) {
        String symbol = SYMBOLS.get(text(i));
        if (symbol != null) {
            return new Prefix(symbol, i + 1);
        }
        String country = DOLLAR_COUNTRIES.get(lower(i));
        if (country != null && text(i + 1).equals("$") && glued(i + 1)) {
            return new Prefix(country, i + 2);
        }
        String code = CODES.get(lower(i));
        boolean upperCase = text(i).equals(text(i).toUpperCase());
        return code != null && upperCase && i + 1 < tokens.size() && tokens.get(i + 1).isNumber()
                ? new Prefix(code, i + 1) : null;
    }

    /** The factor of a scale token right after the digit literal at {@code i} ("billion", "B"), else 1. */
    double scaleAfterDigits(int i) {
        if (glued(i + 1) && !isWordAt(i + 2, true)) {
            return SCALE_ABBREVIATIONS.getOrDefault(text(i + 1), 1.0);
        }
        if (!glued(i + 1)) {
            String word = lower(i + 1);
            return word.equals("hundred") ? 100 : EnglishNumberWords.SCALES.getOrDefault(word, 1.0);
        }
        return 1.0;
    }

    /** The unit after a number that ends before token {@code i}; null when it is a bare count. */
    Reading unitAt(int i) {
        String word = lower(i);
        if (word.equals("%")) {
            return new Reading(NumberKind.PERCENT, null, i + 1);
        }
        Reading percent = percentWords(i, word);
        if (percent != null) {
            return percent;
        }
        if ((word.equals("x")) && glued(i) && !isWordAt(i + 1, true)) {
            return new Reading(NumberKind.MULTIPLE, null, i + 1);
        }
        if (word.equals("-") && glued(i) && glued(i + 1)) {
            return hyphenated(i + 1);
        }
        return glued(i) ? gluedSuffix(i) : spacedUnit(i, word);
    }

    private Reading percentWords(int i, String word) {
        if (word.equals("percent") || word.equals("pct")) {
            return new Reading(NumberKind.PERCENT, null, i + 1);
        }
        if (word.equals("per") && lower(i + 1).equals("cent")) {
            return new Reading(NumberKind.PERCENT, null, i + 2);
        }
        boolean points = word.equals("percentage") && lower(i + 1).startsWith("point");
        return points ? new Reading(NumberKind.PERCENT, null, i + 2) : null;
    }

    /** 10-fold, two-year, 30-year-old. */
    private Reading hyphenated(int i) {
        String word = lower(i);
        if (word.equals("fold")) {
            return new Reading(NumberKind.MULTIPLE, null, i + 1);
        }
        String time = TIME_UNITS.get(word);
        return time != null ? new Reading(NumberKind.DURATION, time, i + 1) : null;
    }

    /** 1990s, 3rd: letters glued to the digits. */
    private Reading gluedSuffix(int i) {
        String word = text(i);
        if (isWordAt(i + 1, true)) {
            return null;
        }
        if (word.equals("s")) {
            return new Reading(NumberKind.YEAR, "decade", i + 1);
        }
        return ORDINAL_SUFFIXES.contains(word) ? new Reading(NumberKind.ORDINAL, null, i + 1) : null;
    }

    private Reading spacedUnit(int i, String word) {
        if (word.equals("times")) {
            return new Reading(NumberKind.MULTIPLE, null, i + 1);
        }
        if (DOLLAR_COUNTRIES.containsKey(word) && lower(i + 1).startsWith("dollar")) {
            return new Reading(NumberKind.MONEY, DOLLAR_COUNTRIES.get(word), i + 2);
        }
        if (CURRENCY_WORDS.containsKey(word)) {
            return new Reading(NumberKind.MONEY, CURRENCY_WORDS.get(word), i + 1);
        }
        if (TIME_UNITS.containsKey(word)) {
            return new Reading(NumberKind.DURATION, TIME_UNITS.get(word), i + 1);
        }
        return PEOPLE.contains(word) ? new Reading(NumberKind.COUNT, "people", i + 1) : null;
    }

    /** Whether token {@code i} is a word; with {@code glued}, only if it touches the token before. */
    boolean isWordAt(int i, boolean glued) {
        return i < tokens.size() && tokens.get(i).isWord() && (!glued || glued(i));
    }

    boolean glued(int i) {
        return i > 0 && i < tokens.size() && tokens.get(i).gluedTo(tokens.get(i - 1));
    }

    String text(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    String lower(int i) {
        return EnglishNumberWords.lowerAt(tokens, i);
    }
}
