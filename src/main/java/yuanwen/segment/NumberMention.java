package yuanwen.segment;

import java.util.Objects;

/**
 * One number found in a text, normalised so that a Chinese and an English mention of the
 * same quantity carry the same kind, value and unit.
 *
 * @param kind    what the number measures
 * @param value   the normalised magnitude: 27.5亿美元 is 2.75e9, 5% is 5.0, 十倍 is 10.0
 * @param unit    currency code (USD, CNY, EUR...), time unit (year, month...), "people",
 *                "decade" for YEAR, or null
 * @param start   offset of the first matched char in the searched text
 * @param end     offset just past the last matched char
 * @param surface the matched text, {@code text.substring(start, end)}
 */
public record NumberMention(NumberKind kind, double value, String unit, int start, int end,
                            String surface) {

    /** Relative difference under which two values count as equal (floating-point noise only). */
    static final double TOLERANCE = 1e-6;

    public NumberMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(surface, "surface");
    }

    /**
     * Whether this mention and {@code other} (typically one Chinese, one English) denote the
     * same quantity. Kinds must match, except that a bare COUNT may stand for MONEY or a YEAR
     * ("20 billion in 2020" for 200亿美元), because speakers drop currencies and the year
     * heuristics can misfire. Units must match when both sides state one.
     * Rounding ("2.3 trillion" vs "2.31 trillion") deliberately does not agree.
     */
    public boolean agrees(NumberMention other) {
        return kindsCompatible(other) && unitsCompatible(other) && sameValue(value, other.value);
    }

    private boolean kindsCompatible(NumberMention other) {
        if (kind == other.kind) {
            return true;
        }
        return looseCount(this, other) || looseCount(other, this);
    }

    private static boolean looseCount(NumberMention count, NumberMention typed) {
        return count.kind == NumberKind.COUNT && count.unit == null
                && (typed.kind == NumberKind.MONEY || typed.kind == NumberKind.YEAR);
    }

    private boolean unitsCompatible(NumberMention other) {
        if (kind != other.kind) {
            return true;
        }
        if (kind == NumberKind.COUNT) {
            return unit == null || other.unit == null || unit.equals(other.unit);
        }
        return Objects.equals(unit, other.unit);
    }

    static boolean sameValue(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return Math.abs(a - b) <= TOLERANCE * scale;
    }
}
