package yuanwen.align;

import java.util.Arrays;

/**
 * Which units of a Chinese sentence and of an English sentence translate each other, for the
 * sentence pairs a search visits, computed once each. A bead's matches are the OR of its sentence
 * pairs' masks, which is what makes scoring 2–3 beads cheap.
 */
final class LinkTable {

    /**
     * The matched units of one sentence pair (null masks when nothing matched) and their weights,
     * summed once here because most beads need them for a single pair.
     */
    record Links(long[] zh, long[] en, float zhWeight, float enWeight) {
    }

    private static final Links NONE = new Links(null, null, 0, 0);

    private final ZhProfile[] zh;
    private final EnProfile[] en;
    private final int[] rowStart;
    private final Links[][] rows;

    /**
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
    }

    /** A table that caches nothing: for one-off lookups (quote search). */
    LinkTable(ZhProfile[] zh, EnProfile[] en) {
        this(zh, en, new int[zh.length], new int[zh.length]);
    }

    Links get(int i, int j) {
        Links[] row = rows[i];
        int k = j - rowStart[i];
        if (k < 0 || k >= row.length) {
            return compute(zh[i], en[j]);
        }
        Links links = row[k];
        if (links == null) {
            links = compute(zh[i], en[j]);
            row[k] = links;
        }
        return links;
    }

    static Links compute(ZhProfile z, EnProfile e) {
        long[] zhMask = null;
        long[] enMask = null;
        int[] enIds = e.sortedIds;
        if (enIds.length == 0) {
            return NONE;
        }
        int lowest = enIds[0];
        int highest = enIds[enIds.length - 1];
        for (ZhProfile.Item item : z.items) {
            boolean hit = false;
            for (int candidate : item.candidates()) {
                if (candidate < lowest || candidate > highest) {
                    continue;
                }
                int k = Arrays.binarySearch(enIds, candidate);
                if (k >= 0) {
                    if (enMask == null) {
                        enMask = Masks.create(e.units());
                    }
                    Masks.or(enMask, e.idMasks[k]);
                    hit = true;
                }
            }
            if (hit) {
                if (zhMask == null) {
                    zhMask = Masks.create(z.units());
                }
                Masks.or(zhMask, item.unitMask());
            }
        }
        return zhMask == null ? NONE
                : new Links(zhMask, enMask, Masks.weigh(zhMask, z.weights), Masks.weigh(enMask, e.weights));
    }
}
