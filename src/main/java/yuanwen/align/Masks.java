package yuanwen.align;

/** Bit sets over a sentence's units as plain {@code long[]}: small, and cheap to OR across a bead. */
final class Masks {

    private Masks() {
    }

    static long[] create(int bits) {
        return new long[Math.max(1, (bits + 63) >>> 6)];
    }

    static void set(long[] mask, int bit) {
        mask[bit >>> 6] |= 1L << bit;
    }

    static boolean get(long[] mask, int bit) {
        return (mask[bit >>> 6] & (1L << bit)) != 0;
    }

    static void or(long[] into, long[] from) {
        for (int k = 0; k < from.length; k++) {
            into[k] |= from[k];
        }
    }

    /** Sum of the weights of the set bits. */
    static float weigh(long[] mask, float[] weights) {
        return weigh(mask, mask.length, weights);
    }

    /** Sum of the weights of the set bits in the first {@code words} words of a (longer, reused) mask. */
    static float weigh(long[] mask, int words, float[] weights) {
        float sum = 0;
        for (int k = 0; k < words; k++) {
            long bits = mask[k];
            while (bits != 0) {
                int bit = (k << 6) + Long.numberOfTrailingZeros(bits);
                sum += weights[bit];
                bits &= bits - 1;
            }
        }
        return sum;
    }

    /**
     * Sum of the weights of the bits set in {@code mask} but not in {@code except} (null: none),
     * over the first {@code words} words.
     */
    static float weighExcept(long[] mask, long[] except, int words, float[] weights) {
        float sum = 0;
        for (int k = 0; k < words; k++) {
            long bits = except == null ? mask[k] : mask[k] & ~except[k];
            while (bits != 0) {
                int bit = (k << 6) + Long.numberOfTrailingZeros(bits);
                sum += weights[bit];
                bits &= bits - 1;
            }
        }
        return sum;
    }

    /** The lowest set bit, or -1 when none is set. */
    static int first(long[] mask) {
        for (int k = 0; k < mask.length; k++) {
            if (mask[k] != 0) {
                return (k << 6) + Long.numberOfTrailingZeros(mask[k]);
            }
        }
        return -1;
    }
}
