package yuanwen.align;

/**
 * Which units of a Chinese sentence and of an English sentence translate each other, for the
 * sentence pairs a search visits, as {@link UnitMatcher} decides, computed once each. A bead's
 * matches are the OR of its sentence pairs' masks, which is what makes scoring 2–3 beads cheap.
 */
final class LinkTable {

    /**
     * The units of one sentence pair that matched and that were left facing a disagreeing number
     * (null masks when there are none), and each side's net weight, matched less mismatched,
     * summed once here because most beads need them for a single pair. Within one pair a unit is
     * never both.
     */
    record Links(long[] zh, long[] en, long[] zhMismatch, long[] enMismatch, float zhWeight, float enWeight) {

        static Links of(ZhProfile z, EnProfile e, long[] zh, long[] en, long[] zhMismatch, long[] enMismatch) {
            if (zh == null && zhMismatch == null) {
                return NONE;
            }
            return new Links(zh, en, zhMismatch, enMismatch, net(zh, zhMismatch, z.weights),
                    net(en, enMismatch, e.weights));
        }

        private static float net(long[] matched, long[] mismatched, float[] weights) {
            float plus = matched == null ? 0 : Masks.weigh(matched, weights);
            return mismatched == null ? plus : plus - Masks.weigh(mismatched, weights);
        }

        /** Whether the pair says anything about one side's units (a match or a mismatch). */
        boolean touches(boolean chinese) {
            return chinese ? zh != null || zhMismatch != null : en != null || enMismatch != null;
        }
    }

    static final Links NONE = new Links(null, null, null, null, 0, 0);

    private final ZhProfile[] zh;
    private final EnProfile[] en;
    private final int[] rowStart;
    private final Links[][] rows;

    /**
     * Computes every pair in the given ranges at once, row by row ({@link UnitMatcher.Row}).
     * Pairs outside the ranges are computed on demand.
     *
     * @param from first English index to keep per Chinese row (inclusive)
     * @param to   last English index to keep per Chinese row (exclusive)
     */
    LinkTable(ZhProfile[] zh, EnProfile[] en, int[] from, int[] to) {
        this.zh = zh;
        this.en = en;
        this.rowStart = new int[zh.length];
        this.rows = new Links[zh.length][];
        for (int i = 0; i < zh.length; i++) {
            int a = Math.max(0, from[i]);
            int b = Math.min(en.length, to[i]);
            rowStart[i] = a;
            rows[i] = new Links[Math.max(0, b - a)];
        }
        long cells = 0;
        for (Links[] row : rows) {
            cells += row.length;
        }
        if (cells == 0) {
            return; // a table that caches nothing
        }
        // Rows are independent: each thread fills its own with its own index.
        TwoThreads.forRange(zh.length, (first, end) -> {
            UnitMatcher.Row index = null;
            for (int i = first; i < end; i++) {
                Links[] row = rows[i];
                if (row.length == 0) {
                    continue;
                }
                if (index == null) {
                    index = new UnitMatcher.Row(en);
                }
                index.index(i, zh[i]);
                boolean empty = index.empty();
                for (int k = 0; k < row.length; k++) {
                    row[k] = empty ? NONE : index.links(en[rowStart[i] + k]);
                }
            }
        });
    }

    /** A table that caches nothing: for one-off lookups (quote search). */
    LinkTable(ZhProfile[] zh, EnProfile[] en) {
        this(zh, en, new int[zh.length], new int[zh.length]);
    }

    Links get(int i, int j) {
        Links[] row = rows[i];
        int k = j - rowStart[i];
        if (k < 0 || k >= row.length) {
            return UnitMatcher.links(zh[i], en[j]);
        }
        Links links = row[k];
        if (links == null) {
            links = UnitMatcher.links(zh[i], en[j]);
            row[k] = links;
        }
        return links;
    }

    /** The pair's links when the table holds them, else null (never computes). */
    Links cached(int i, int j) {
        Links[] row = rows[i];
        int k = j - rowStart[i];
        return k < 0 || k >= row.length ? null : row[k];
    }
}
