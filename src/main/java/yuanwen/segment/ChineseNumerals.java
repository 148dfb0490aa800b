package yuanwen.segment;

import java.util.Map;

/**
 * Reads Chinese numerals: 一二三…九十百千万亿兆, 零/〇, 两/俩, financial 壹贰叁…拾佰仟,
 * traditional 萬億兩, mixed Arabic and Chinese (27.5亿, 2.3万亿, 3千), fullwidth digits,
 * 点 decimals (三点五), 半 (一个半 is 1.5), digit-by-digit strings (一九九二) and the spoken
 * abbreviation where the last unit is implied (一万二 is 12000, 三千五 is 3500).
 * Affixes that change the kind (百分之, 成, 第, 倍...) are read by {@link ChineseNumberFinder}.
 */
public final class ChineseNumerals {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0),
            Map.entry('一', 1), Map.entry('壹', 1),
            Map.entry('二', 2), Map.entry('两', 2), Map.entry('兩', 2), Map.entry('俩', 2),
            Map.entry('倆', 2), Map.entry('贰', 2), Map.entry('貳', 2),
            Map.entry('三', 3), Map.entry('叁', 3), Map.entry('參', 3),
            Map.entry('四', 4), Map.entry('肆', 4),
            Map.entry('五', 5), Map.entry('伍', 5),
            Map.entry('六', 6), Map.entry('陆', 6), Map.entry('陸', 6),
            Map.entry('七', 7), Map.entry('柒', 7),
            Map.entry('八', 8), Map.entry('捌', 8),
            Map.entry('九', 9), Map.entry('玖', 9));

    /** Units that multiply the digit right before them, within one 万-section. */
    private static final Map<Character, Double> SMALL_UNITS = Map.of(
            '十', 10.0, '拾', 10.0, '百', 100.0, '佰', 100.0, '千', 1000.0, '仟', 1000.0);

    /**
     * Units that close a section. 兆 is read as 10^12 (the Taiwan and classical sense); in
     * mainland technical writing it means mega, but there it follows no numeral we report.
     */
    private static final Map<Character, Double> BIG_UNITS = Map.of(
            '万', 1e4, '萬', 1e4, '亿', 1e8, '億', 1e8, '兆', 1e12);

    private ChineseNumerals() {
    }

    /** All characters that can be part of a Chinese numeral (not Arabic digits). */
    public static final String NUMERAL_CHARS = "零〇一壹二两兩俩倆贰貳三叁參四肆五伍六陆陸七柒八捌九玖"
            + "十拾百佰千仟万萬亿億兆";

    public static boolean isDigit(char c) {
        return DIGITS.containsKey(c);
    }

    public static boolean isUnit(char c) {
        return SMALL_UNITS.containsKey(c) || BIG_UNITS.containsKey(c);
    }

    /**
     * The value of a numeral such as 两千三百万, 27.5亿, 一九九二, 三点五 or 一个半.
     *
     * @throws NumberFormatException when the text is not a numeral
     */
    public static double parse(String numeral) {
        String text = ArabicNumerals.normalize(numeral).replaceAll("\\s+", "");
        if (text.isEmpty()) {
            throw new NumberFormatException("empty numeral");
        }
        if (text.endsWith("半")) {
            return parseWithHalf(text);
        }
        int point = text.indexOf('点');
        if (point >= 0) {
            return parseDecimal(text, point);
        }
        if (isDigitString(text)) {
            return parseDigitString(text);
        }
        return parsePositional(text);
    }

    /** 一个半, 两万半, or 半 alone. */
    private static double parseWithHalf(String text) {
        String whole = text.substring(0, text.length() - 1);
        if (whole.isEmpty()) {
            return 0.5;
        }
        if (!whole.endsWith("个")) {
            throw new NumberFormatException("一半 is a half, 两半 two halves: " + text);
        }
        return parse(whole.substring(0, whole.length() - 1)) + 0.5;
    }

    /** 三点五, 二十五点五, 一点五亿: the fraction is read digit by digit, then scaled. */
    private static double parseDecimal(String text, int point) {
        int scaleStart = text.length();
        while (scaleStart > point + 1 && BIG_UNITS.containsKey(text.charAt(scaleStart - 1))) {
            scaleStart--;
        }
        String fraction = text.substring(point + 1, scaleStart);
        if (point == 0 || fraction.isEmpty() || !isDigitString(fraction)) {
            throw new NumberFormatException("bad decimal numeral: " + text);
        }
        double value = parse(text.substring(0, point)) + Double.parseDouble("0." + digitsOf(fraction));
        for (int i = scaleStart; i < text.length(); i++) {
            value *= BIG_UNITS.get(text.charAt(i));
        }
        return value;
    }

    private static boolean isDigitString(String text) {
        return text.chars().allMatch(c -> DIGITS.containsKey((char) c) || ArabicNumerals.isDigit((char) c));
    }

    private static double parseDigitString(String text) {
        return Double.parseDouble(digitsOf(text));
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            digits.append(ArabicNumerals.isDigit(c) ? c : (char) ('0' + DIGITS.get(c)));
        }
        return digits.toString();
    }

    /** 两千三百万, 2.3万亿, 一万二: digits and Arabic literals multiplied by units. */
    private static double parsePositional(String text) {
        PositionalReader reader = new PositionalReader();
        int i = 0;
        while (i < text.length()) {
            i = reader.read(text, i);
        }
        return reader.result();
    }

    /** Accumulates a positional numeral left to right. */
    private static final class PositionalReader {
        private double total;      // completed 亿/兆 sections
        private double section;    // value below the last big unit
        private double pending;    // digit waiting for its unit
        private boolean hasPending;
        private double lastUnit;
        private boolean pendingFollowsUnit;

        int read(String text, int i) {
            char c = text.charAt(i);
            if (ArabicNumerals.isDigit(c)) {
                return readLiteral(text, i);
            }
            if (DIGITS.containsKey(c)) {
                setPending(DIGITS.get(c), lastUnit > 0 && !hasPending && DIGITS.get(c) != 0);
            } else if (SMALL_UNITS.containsKey(c)) {
                section += (hasPending ? pending : 1) * SMALL_UNITS.get(c);
                closeUnit(SMALL_UNITS.get(c));
            } else if (BIG_UNITS.containsKey(c)) {
                applyBigUnit(BIG_UNITS.get(c));
            } else {
                throw new NumberFormatException("not a numeral char: " + c);
            }
            return i + 1;
        }

        private int readLiteral(String text, int i) {
            int end = i;
            while (end < text.length() && (ArabicNumerals.isDigit(text.charAt(end))
                    || text.charAt(end) == '.' || text.charAt(end) == ',')) {
                end++;
            }
            setPending(ArabicNumerals.parse(text.substring(i, end)), lastUnit > 0 && !hasPending);
            return end;
        }

        private void setPending(double value, boolean followsUnit) {
            pending = value;
            hasPending = true;
            pendingFollowsUnit = followsUnit;
        }

        private void applyBigUnit(double unit) {
            double base = section + (hasPending ? pending : 0);
            if (base == 0 && total == 0) {
                base = 1;   // 万 alone is ten thousand
            }
            if (unit >= 1e8) {
                total = (total + base) * unit;
                section = 0;
            } else {
                section = base * unit;
            }
            closeUnit(unit);
        }

        private void closeUnit(double unit) {
            pending = 0;
            hasPending = false;
            lastUnit = unit;
        }

        double result() {
            double tail = pending;
            // 一万二 means 12000: a bare digit right after a unit of 100 or more fills the next place down.
            if (hasPending && pendingFollowsUnit && lastUnit >= 100 && pending < 10) {
                tail = pending * lastUnit / 10;
            }
            return total + section + tail;
        }
    }
}
