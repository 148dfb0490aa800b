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
     * Computes every pair in the given ranges at once, row by row: a row's Chinese candidates are
     * indexed once and each English sentence then costs a look-up per distinct unit, where a pair
     * on its own costs a binary search per candidate. Pairs outside the ranges are computed on demand.
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
            RowIndex index = null;
            for (int i = first; i < end; i++) {
                if (rows[i].length > 0) {
                    if (index == null) {
                        index = new RowIndex(en);
                    }
                    index.fill(i, zh[i], rowStart[i], rows[i]);
                }
            }
        });
    }

    /**
     * One Chinese sentence's candidates by English id, for filling its row: which ids some item
     * accepts ({@code stamp[id]} is the row's mark) and the OR of those items' unit masks.
     */
    private static final class RowIndex {
        private final EnProfile[] en;
        private final int[] stamp;
        private final int[] slotOf;
        private long[][] slotMasks = new long[16][];
        private int mark;

        RowIndex(EnProfile[] en) {
            this.en = en;
            int maxId = -1;
            for (EnProfile e : en) {
                if (e.sortedIds.length > 0) {
                    maxId = Math.max(maxId, e.sortedIds[e.sortedIds.length - 1]);
                }
            }
            this.stamp = new int[maxId + 1];
            this.slotOf = new int[maxId + 1];
        }

        void fill(int i, ZhProfile z, int start, Links[] row) {
            mark = i + 1;
            int slots = 0;
            for (ZhProfile.Item item : z.items) {
                for (int candidate : item.candidates()) {
                    if (candidate >= stamp.length) {
                        continue; // no English sentence has it
                    }
                    if (stamp[candidate] != mark) {
                        stamp[candidate] = mark;
                        if (slots == slotMasks.length) {
                            slotMasks = Arrays.copyOf(slotMasks, slots * 2);
                        }
                        slotMasks[slots] = item.unitMask().clone();
                        slotOf[candidate] = slots++;
                    } else {
                        Masks.or(slotMasks[slotOf[candidate]], item.unitMask());
                    }
                }
            }
            for (int k = 0; k < row.length; k++) {
                row[k] = slots == 0 ? NONE : links(z, en[start + k]);
            }
        }

        /** Same masks as {@link LinkTable#compute}: the items that found an id, the units carrying it. */
        private Links links(ZhProfile z, EnProfile e) {
            long[] zhMask = null;
            long[] enMask = null;
            int[] ids = e.sortedIds;
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                if (stamp[id] != mark) {
                    continue;
                }
                if (zhMask == null) {
                    zhMask = Masks.create(z.units());
                    enMask = Masks.create(e.units());
                }
                Masks.or(zhMask, slotMasks[slotOf[id]]);
                Masks.or(enMask, e.idMasks[k]);
            }
            return zhMask == null ? NONE
                    : new Links(zhMask, enMask, Masks.weigh(zhMask, z.weights), Masks.weigh(enMask, e.weights));
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

    /** The pair's links when the table holds them, else null (never computes). */
    Links cached(int i, int j) {
        Links[] row = rows[i];
        int k = j - rowStart[i];
        return k < 0 || k >= row.length ? null : row[k];
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
