package yuanwen.align;

import java.util.List;

/**
 * Gale–Church in characters: the English length of a bead is about {@code ratio} times its Chinese
 * length, with a variance growing with the length. Fitted on MAC-Dev's 1,337 gold beads:
 * 4.10 English characters (spaces included) per Chinese character (whitespace excluded), variance
 * 41.8 per Chinese character.
 */
final class LengthModel {

    private static final double FLOOR = -25;
    /** Fewer confident pairs than this leave the fitted ratio as it was: too few to tell a genre. */
    static final int MIN_FIT_PAIRS = 12;
    /**
     * The given ratio counts as if fitted on this many Chinese characters (about 75 sentences).
     * Measured: fitted alone, MAC-Dev's chapters (3.5–5.3 on their own pairs) lost 0.003 strict
     * F1; shrunk like this they keep all but 0.001 of it, while TED talks (2.9 on 30–60 pairs)
     * still move far enough to gain 3 of 16 errors.
     */
    private static final double PRIOR_CHARS = 3000;
    /** A fitted ratio stays within this factor of the one given: beyond, the pairs are more likely wrong. */
    private static final double MAX_FIT_FACTOR = 2.0;

    private final double ratio;
    private final double variance;

    LengthModel(double ratio, double variance) {
        this.ratio = ratio;
        this.variance = variance;
    }

    /**
     * The ratio of English to Chinese characters in a document's own confident pairs, so that the
     * second pass judges lengths by the document's genre: TED translations run about 3.0 English
     * characters per Chinese one, literary prose 4.1 (MAC-Dev); with 4.1 on a talk every pair
     * looks short on the English side. Null when there are too few pairs to tell.
     *
     * @param pairs {Chinese characters, English characters} per confident pair
     */
    static Double fitRatio(List<int[]> pairs, double given) {
        if (pairs.size() < MIN_FIT_PAIRS) {
            return null;
        }
        long zh = 0;
        long en = 0;
        for (int[] pair : pairs) {
            zh += pair[0];
            en += pair[1];
        }
        if (zh == 0) {
            return null;
        }
        // Shrunk towards the given ratio as if that had been seen on PRIOR_CHARS Chinese characters.
        double ratio = (en + PRIOR_CHARS * given) / (zh + PRIOR_CHARS);
        return Math.max(given / MAX_FIT_FACTOR, Math.min(given * MAX_FIT_FACTOR, ratio));
    }

    /** Log-probability that lengths this far apart are a translation pair (two-sided tail). */
    double logProbability(int zhChars, int enChars) {
        double delta = delta(zhChars, enChars);
        double tail = 2 * (1 - normalCdf(Math.abs(delta)));
        return tail <= 0 ? FLOOR : Math.max(FLOOR, Math.log(tail));
    }

    double delta(int zhChars, int enChars) {
        double zh = Math.max(zhChars, 1);
        return (enChars - ratio * zh) / Math.sqrt(variance * zh);
    }

    /** Abramowitz–Stegun 26.2.17, accurate to 7.5e-8: enough for a score. */
    static double normalCdf(double x) {
        if (x < 0) {
            return 1 - normalCdf(-x);
        }
        double t = 1 / (1 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
