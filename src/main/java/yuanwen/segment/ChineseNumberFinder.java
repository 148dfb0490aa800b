package yuanwen.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yuanwen.lang.en.EnglishTokenizer;

/**
 * Finds numbers in Chinese text: a numeral core (Arabic, Chinese or mixed), read together
 * with the prefix before it (百分之, 第, 人民币, $) and the unit after it (亿美元, 倍, 年...).
 * Vague numbers (十几, 几十亿, 数百万, 两三年, 10-15年) are not reported: a wrong value
 * would mislead the aligner more than a missing one.
 */
final class ChineseNumberFinder {

    private static final String CN = "[" + ChineseNumerals.NUMERAL_CHARS + "]";
    private static final String BIG = "[十百千万亿兆萬億拾佰仟]";
    private static final String CN_DIGIT = "[零〇一二三四五六七八九]";
    private static final String NUMBER = "(?:" + ArabicNumerals.LITERAL + "(?:[ \\t]*(?:\\n[ \\t]*)?" + BIG + "+)?"
            + "|" + CN + "+(?:点" + CN_DIGIT + "+[万亿兆萬億]*)?)(?:个半)?";
    /** 半年, 半个月: a half with no numeral, but not 上半年 (first half of the year) or 一半. */
    private static final String HALF = "(?<![上下前后大多一])半(?=个?(?:年|月|小时|钟头|天|周))";
    private static final Pattern CORE = Pattern.compile(
            "(?:(" + NUMBER + ")分之)?(" + NUMBER + "|" + HALF + ")");

    private static final Pattern PREFIX_CURRENCY = Pattern.compile("(人民币|人民幣|US\\$|HK\\$|\\$|¥|￥|€|£)$");
    private static final String VAGUE_NEIGHBOURS = "几幾";

    private final NotNumberWords notNumbers;
    private final ChineseUnits units = new ChineseUnits();

    ChineseNumberFinder(NotNumberWords notNumbers) {
        this.notNumbers = notNumbers;
    }

    List<NumberMention> find(String original) {
        String text = UrlMask.blank(ArabicNumerals.normalize(original));
        List<NumberMention> found = new ArrayList<>();
        Matcher core = CORE.matcher(text);
        int from = 0;
        while (from < text.length() && core.find(from)) {
            NumberMention mention = read(text, original, core, lastEnd(found));
            if (mention != null) {
                found.add(mention);
            }
            from = Math.max(core.end(), mention != null ? mention.end() : 0);
        }
        return found;
    }

    private static int lastEnd(List<NumberMention> found) {
        return found.isEmpty() ? 0 : found.get(found.size() - 1).end();
    }

    private NumberMention read(String text, String original, Matcher core, int earliestStart) {
        int start = core.start();
        int end = core.end();
        String numeral = core.group(2);
        if (!plausible(text, start, end, core.group(1), numeral)) {
            return null;
        }
        double value = valueOf(core);
        ChineseUnits.Reading unit = units.read(text, start, end, numeral, value);
        if (unit == null && isHiddenWord(text, start, end, numeral)) {
            return null;
        }
        Quantity quantity = classify(text, start, earliestStart, core, value, unit);
        if (quantity == null) {
            return null;
        }
        return new NumberMention(quantity.kind, quantity.value, quantity.unit, quantity.start,
                quantity.end, original.substring(quantity.start, quantity.end));
    }

    private record Quantity(NumberKind kind, double value, String unit, int start, int end) {
    }

    private Quantity classify(String text, int start, int earliestStart, Matcher core, double value,
                              ChineseUnits.Reading unit) {
        int end = unit != null ? unit.end() : core.end();
        if (core.group(1) != null) {
            return fraction(core, value, start, end, unit);
        }
        if (start > earliestStart && text.charAt(start - 1) == '第') {
            return new Quantity(NumberKind.ORDINAL, value, null, start - 1, core.end());
        }
        Matcher currency = PREFIX_CURRENCY.matcher(text.substring(Math.max(earliestStart, start - 4), start));
        boolean moneyOrBare = unit == null || unit.kind() == NumberKind.MONEY;
        if (currency.find() && moneyOrBare) {
            String code = ChineseUnits.currencyOfPrefix(currency.group(1));
            return new Quantity(NumberKind.MONEY, value, code, start - currency.group(1).length(), end);
        }
        if (unit == null || unit.kind() == NumberKind.COUNT && unit.unit() == null) {
            return isBareOne(core.group(2), value) ? null : new Quantity(NumberKind.COUNT, value, null, start, end);
        }
        return new Quantity(unit.kind(), unit.value(), unit.unit(), start, end);
    }

    /** 百分之五 is a percent; 三分之一 is a plain fraction. */
    private static Quantity fraction(Matcher core, double value, int start, int end, ChineseUnits.Reading unit) {
        if (unit != null && unit.kind() != NumberKind.COUNT) {
            return null;    // 三分之一年 and the like are too rare to model
        }
        String unitName = unit != null ? unit.unit() : null;
        double denominator = ChineseNumerals.parse(core.group(1));
        if (denominator == 100) {
            return new Quantity(NumberKind.PERCENT, value, null, start, core.end());
        }
        return new Quantity(NumberKind.COUNT, value / denominator, unitName, start, end);
    }

    private static double valueOf(Matcher core) {
        return ChineseNumerals.parse(core.group(2));
    }

    /** 一 on its own is an article ("一个问题"), as English "a" is; it says nothing to align on. */
    private static boolean isBareOne(String numeral, double value) {
        return value == 1 && !ArabicNumerals.isDigit(numeral.charAt(0));
    }

    private boolean isHiddenWord(String text, int start, int end, String numeral) {
        return !ArabicNumerals.isDigit(numeral.charAt(0)) && notNumbers.covers(text, start, end);
    }

    private static boolean plausible(String text, int start, int end, String denominator, String numeral) {
        if (ArabicNumerals.isDigit(text.charAt(start)) && !plausibleArabic(text, start, end, numeral)) {
            return false;
        }
        if (isVague(text, start, end)) {
            return false;
        }
        return denominator != null || !isRange(numeral);
    }

    private static boolean plausibleArabic(String text, int start, int end, String numeral) {
        if (ArabicNumerals.isGlued(text, start, end) || ArabicNumerals.isIdentifierLike(numeral)) {
            return false;
        }
        // GPT4o, 7B: a letter glued after the digits makes a name; 10x is the one exception.
        boolean letterAfter = end < text.length() && EnglishTokenizer.isAsciiLetter(text.charAt(end));
        return !letterAfter || ChineseUnits.isGluedMultiple(text, end);
    }

    /** 十几, 几十亿, 数百万: approximate counts. */
    private static boolean isVague(String text, int start, int end) {
        boolean vagueBefore = start > 0 && (VAGUE_NEIGHBOURS.indexOf(text.charAt(start - 1)) >= 0
                || (text.charAt(start - 1) == '数' || text.charAt(start - 1) == '數')
                && ChineseNumerals.isUnit(text.charAt(start)));
        boolean vagueAfter = end < text.length() && VAGUE_NEIGHBOURS.indexOf(text.charAt(end)) >= 0;
        return vagueBefore || vagueAfter;
    }

    /** 两三, 七八, 一两: two bare digits in a row mean "two or three", not 23. */
    private static boolean isRange(String numeral) {
        return numeral.length() == 2
                && ChineseNumerals.isDigit(numeral.charAt(0)) && ChineseNumerals.isDigit(numeral.charAt(1))
                && numeral.indexOf('〇') < 0 && numeral.indexOf('零') < 0;
    }
}
