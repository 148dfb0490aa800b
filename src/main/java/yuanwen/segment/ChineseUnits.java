package yuanwen.segment;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yuanwen.lang.en.EnglishTokenizer;

/**
 * Reads what follows a Chinese numeral (亿美元 is already in the numeral; 美元, 倍, 年, 个月,
 * 人...) and turns numeral plus unit into a kind, a normalised value and a unit name.
 */
final class ChineseUnits {

    /** A numeral's meaning once its unit is known; {@code end} is just past the unit. */
    record Reading(NumberKind kind, double value, String unit, int end) {
    }

    private record Suffix(String text, NumberKind kind, String unit) {
    }

    /** Longer forms first, so 个百分点 wins over 百分点 and 个月 over 月. */
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("%", NumberKind.PERCENT, null),
            new Suffix("个百分点", NumberKind.PERCENT, null),
            new Suffix("個百分點", NumberKind.PERCENT, null),
            new Suffix("百分点", NumberKind.PERCENT, null),
            new Suffix("美元", NumberKind.MONEY, "USD"),
            new Suffix("美金", NumberKind.MONEY, "USD"),
            new Suffix("欧元", NumberKind.MONEY, "EUR"),
            new Suffix("歐元", NumberKind.MONEY, "EUR"),
            new Suffix("英镑", NumberKind.MONEY, "GBP"),
            new Suffix("英鎊", NumberKind.MONEY, "GBP"),
            new Suffix("日元", NumberKind.MONEY, "JPY"),
            new Suffix("港元", NumberKind.MONEY, "HKD"),
            new Suffix("港币", NumberKind.MONEY, "HKD"),
            new Suffix("港幣", NumberKind.MONEY, "HKD"),
            new Suffix("人民币", NumberKind.MONEY, "CNY"),
            new Suffix("人民幣", NumberKind.MONEY, "CNY"),
            new Suffix("块钱", NumberKind.MONEY, "CNY"),
            new Suffix("塊錢", NumberKind.MONEY, "CNY"),
            new Suffix("元", NumberKind.MONEY, "CNY"),
            new Suffix("个多月", NumberKind.DURATION, "month"),
            new Suffix("个月", NumberKind.DURATION, "month"),
            new Suffix("個月", NumberKind.DURATION, "month"),
            new Suffix("个小时", NumberKind.DURATION, "hour"),
            new Suffix("個小時", NumberKind.DURATION, "hour"),
            new Suffix("小时", NumberKind.DURATION, "hour"),
            new Suffix("小時", NumberKind.DURATION, "hour"),
            new Suffix("个钟头", NumberKind.DURATION, "hour"),
            new Suffix("钟头", NumberKind.DURATION, "hour"),
            new Suffix("分钟", NumberKind.DURATION, "minute"),
            new Suffix("分鐘", NumberKind.DURATION, "minute"),
            new Suffix("秒钟", NumberKind.DURATION, "second"),
            new Suffix("秒", NumberKind.DURATION, "second"),
            new Suffix("天", NumberKind.DURATION, "day"),
            new Suffix("个星期", NumberKind.DURATION, "week"),
            new Suffix("個星期", NumberKind.DURATION, "week"),
            new Suffix("星期", NumberKind.DURATION, "week"),
            new Suffix("周", NumberKind.DURATION, "week"),
            new Suffix("週", NumberKind.DURATION, "week"),
            new Suffix("人", NumberKind.COUNT, "people"),
            new Suffix("名", NumberKind.COUNT, "people"),
            new Suffix("位", NumberKind.COUNT, "people"));

    /** Measure words: they confirm a count (千万个 is a number, 千万不要 is not) without a unit. */
    private static final String MEASURE_WORDS = "个個家台种種件次条條项項款张張只隻本篇部座所辆輛架颗顆枚份场場批层層";

    private static final Map<String, String> PREFIX_CURRENCIES = Map.of(
            "人民币", "CNY", "人民幣", "CNY", "US$", "USD", "HK$", "HKD", "$", "USD",
            "¥", "CNY", "￥", "CNY", "€", "EUR", "£", "GBP");

    /** What may follow 成 when it means "become/complete" rather than tenths (成为, 成功...). */
    private static final String NOT_TENTHS_AFTER = "为為立功长長本果熟就员員绩績交型年人效千百了的不品分形";
    private static final String YEAR_CUES = "在于於到从從自入";
    private static final String SMALL_NUMBER = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final Pattern SHORT_YEAR_FOLLOWERS = Pattern.compile(
            "\\s*" + SMALL_NUMBER + "\\s*月|上半年|下半年|初|底|末");
    private static final Pattern MONTH_AND_DAY = Pattern.compile(
            "\\s*" + SMALL_NUMBER + "\\s*月(?:\\s*" + SMALL_NUMBER + "\\s*[日号號])?");
    private static final Pattern DAY = Pattern.compile("\\s*" + SMALL_NUMBER + "\\s*[日号號]");
    /** Two-digit years this late are the 1900s even without a cue: 92年 is 1992, not 92 years. */
    private static final int LATE_CENTURY_SHORT_YEAR = 80;
    private static final Pattern GAP = Pattern.compile("[ \\t]*(?:\\n[ \\t]*)?");
    private static final Pattern APPROXIMATE = Pattern.compile("[多余餘]");

    static String currencyOfPrefix(String prefix) {
        return PREFIX_CURRENCIES.get(prefix);
    }

    /** 10x inside Chinese text: a glued x/X not followed by another letter. */
    static boolean isGluedMultiple(String text, int at) {
        char c = text.charAt(at);
        boolean isX = c == 'x' || c == 'X';
        return isX && (at + 1 >= text.length() || !EnglishTokenizer.isAsciiLetter(text.charAt(at + 1)));
    }

    /** The unit after the numeral at [start, end), or null when none follows. */
    Reading read(String text, int start, int end, String numeral, double value) {
        if (end < text.length() && isGluedMultiple(text, end)) {
            return new Reading(NumberKind.MULTIPLE, value, null, end + 1);
        }
        int at = skip(GAP, text, end);
        int afterApproximate = skip(APPROXIMATE, text, at);
        Reading reading = readAt(text, start, afterApproximate, numeral, value);
        return reading != null || afterApproximate == at ? reading : readAt(text, start, at, numeral, value);
    }

    private Reading readAt(String text, int start, int at, String numeral, double value) {
        if (text.startsWith("倍", at)) {
            return withHalf(text, at + 1, NumberKind.MULTIPLE, value, null);
        }
        if (text.startsWith("年代", at)) {
            return new Reading(NumberKind.YEAR, decade(numeral, value), "decade", at + 2);
        }
        if (text.startsWith("年", at)) {
            return year(text, start, at, numeral, value);
        }
        if (text.startsWith("成", at)) {
            return tenths(text, at, value);
        }
        for (Suffix suffix : SUFFIXES) {
            if (text.startsWith(suffix.text, at) && !isPlaceValue(text, at, suffix)) {
                return new Reading(suffix.kind, value, suffix.unit, at + suffix.text.length());
            }
        }
        if (text.startsWith("月", at)) {
            return month(text, at, numeral, value);
        }
        if (at < text.length() && MEASURE_WORDS.indexOf(text.charAt(at)) >= 0) {
            return new Reading(NumberKind.COUNT, value, null, at + 1);
        }
        return null;
    }

    /** 三位数 is "three digits", not three people. */
    private static boolean isPlaceValue(String text, int at, Suffix suffix) {
        return suffix.text.equals("位") && text.startsWith("位数", at);
    }

    private static Reading withHalf(String text, int at, NumberKind kind, double value, String unit) {
        boolean half = text.startsWith("半", at);
        return new Reading(kind, half ? value + 0.5 : value, unit, half ? at + 1 : at);
    }

    /** 1992年 / 2024年12月 / 24年11月 are dates; 30年, 20年前, 两年半 are durations. */
    private static Reading year(String text, int start, int at, String numeral, double value) {
        if (isFullYear(numeral, value) || isShortYear(text, start, at + 1, numeral)) {
            double year = value < 100 ? centuryOf(value) : value;
            Matcher monthDay = MONTH_AND_DAY.matcher(text).region(at + 1, text.length());
            int end = monthDay.lookingAt() ? monthDay.end() : at + 1;
            return new Reading(NumberKind.YEAR, year, null, end);
        }
        return withHalf(text, at + 1, NumberKind.DURATION, value, "year");
    }

    private static boolean isFullYear(String numeral, double value) {
        boolean digitsOnly = numeral.length() == 4
                && numeral.chars().allMatch(c -> ArabicNumerals.isDigit((char) c) || ChineseNumerals.isDigit((char) c));
        return digitsOnly && value >= 1900 && value <= 2100;
    }

    /** 24年 means 2024 when a month or a half-year follows, or after 在/到/从. */
    private static boolean isShortYear(String text, int start, int afterYear, String numeral) {
        if (numeral.length() != 2 || !ArabicNumerals.isDigit(numeral.charAt(0))
                || !ArabicNumerals.isDigit(numeral.charAt(1))) {
            return false;
        }
        int before = start - 1;
        while (before > 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean cueBefore = before >= 0 && YEAR_CUES.indexOf(text.charAt(before)) >= 0;
        boolean lateCentury = Integer.parseInt(numeral) >= LATE_CENTURY_SHORT_YEAR;
        return cueBefore || lateCentury || SHORT_YEAR_FOLLOWERS.matcher(text).region(afterYear, text.length()).lookingAt();
    }

    private static double decade(String numeral, double value) {
        return numeral.length() == 2 ? centuryOf(value) : value;
    }

    /** Two-digit years: 00-29 are this century, 30-99 the last (90年代 is the 1990s). */
    private static double centuryOf(double twoDigits) {
        return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
    }

    /** 三成 is 30%; 成为, 成功 and the like are words, not tenths. */
    private static Reading tenths(String text, int at, double value) {
        boolean wordFollows = at + 1 < text.length() && NOT_TENTHS_AFTER.indexOf(text.charAt(at + 1)) >= 0;
        if (wordFollows || value <= 0 || value > 10) {
            return null;
        }
        return new Reading(NumberKind.PERCENT, value * 10, null, at + 1);
    }

    /** 三月 / 12月3日 are calendar dates; 一个半月 is a duration. */
    private static Reading month(String text, int at, String numeral, double value) {
        if (numeral.endsWith("半")) {
            return new Reading(NumberKind.DURATION, value, "month", at + 1);
        }
        if (value != Math.rint(value) || value < 1 || value > 12) {
            return null;
        }
        Matcher day = DAY.matcher(text).region(at + 1, text.length());
        if (day.lookingAt()) {
            return new Reading(NumberKind.DATE, value * 100 + ChineseNumerals.parse(day.group(1)), null, day.end());
        }
        return new Reading(NumberKind.DATE, value * 100, null, at + 1);
    }

    private static int skip(Pattern pattern, String text, int at) {
        Matcher m = pattern.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() : at;
    }
}
