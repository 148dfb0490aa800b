package yuanwen.align;

import java.util.Arrays;
import yuanwen.segment.NumberKind;
import yuanwen.segment.NumberMention;

/**
 * The one place that decides which units of a Chinese sentence and of an English sentence
 * translate each other. Scoring ({@link LinkTable}, which caches the result as masks), explaining
 * ({@link BeadScorer#explain}) and quote search ({@link QuoteFinder}) all take their matches from
 * here, so that a score and the evidence shown for it rest on the same matches.
 *
 * <p>The rule:
 * <ul>
 * <li>a word, name, Latin or glossary item matches an English unit whose vocabulary id is one of
 * its candidates;</li>
 * <li>a number item matches an English number with its value only when the two may be the same
 * quantity ({@link #mayBeSame}: 四小时 is "four hours", not "four years");</li>
 * <li>a Chinese number left unmatched that faces an English number left unmatched which it
 * {@link #contradicts} is a {@link EvidenceKind#NUMBER_MISMATCH mismatch}: the two numbers say
 * different things, which speaks against the pair (or for a translation error).</li>
 * </ul>
 */
final class UnitMatcher {

    /** Told each match: Chinese item {@code item}, English unit {@code unit}, and what kind of match. */
    interface Sink {
        /**
         * @param kind the item's kind for a match, {@link EvidenceKind#NUMBER_MISMATCH} for two numbers
         *             that disagree
         */
        void match(int item, int unit, EvidenceKind kind);
    }

    private UnitMatcher() {
    }

    /**
     * Every match between a Chinese and an English sentence: first the items' matches (items in
     * order, a candidate's English units in text order), then the numbers' mismatches.
     */
    static void forEachMatch(ZhProfile zh, EnProfile en, Sink sink) {
        int[] ids = en.sortedIds;
        if (ids.length == 0) {
            return;
        }
        boolean numbers = zh.numberItems.length > 0 && en.numberUnits.length > 0;
        long[] enMatched = numbers ? Masks.create(en.units()) : null;
        int lowest = ids[0];
        int highest = ids[ids.length - 1];
        ZhProfile.Item[] items = zh.items;
        for (int t = 0; t < items.length; t++) {
            ZhProfile.Item item = items[t];
            if (item.kind() == EvidenceKind.NUMBER) {
                continue; // numbers must also agree: below
            }
            for (int candidate : item.candidates()) {
                if (candidate < lowest || candidate > highest) {
                    continue;
                }
                int k = Arrays.binarySearch(ids, candidate);
                if (k < 0) {
                    continue;
                }
                long[] units = en.idMasks[k];
                for (int w = 0; w < units.length; w++) {
                    for (long bits = units[w]; bits != 0; bits &= bits - 1) {
                        int u = (w << 6) + Long.numberOfTrailingZeros(bits);
                        sink.match(t, u, item.kind());
                        if (enMatched != null) {
                            Masks.set(enMatched, u);
                        }
                    }
                }
            }
        }
        if (numbers) {
            matchNumbers(zh, en, enMatched, sink);
        }
    }

    /**
     * The number items' matches and mismatches.
     *
     * @param enMatchedByItems the English units other items matched (a number can be a learned
     *                         translation of a word), or null for none
     */
    private static void matchNumbers(ZhProfile zh, EnProfile en, long[] enMatchedByItems, Sink sink) {
        int[] numberItems = zh.numberItems;
        int[] numberUnits = en.numberUnits;
        boolean[] zhFound = new boolean[numberItems.length];
        boolean[] enFound = new boolean[numberUnits.length];
        for (int k = 0; k < numberItems.length; k++) {
            int[] candidates = zh.items[numberItems[k]].candidates();
            NumberMention mention = zh.unitNumbers[zh.numberItemUnits[k]];
            for (int v = 0; v < numberUnits.length; v++) {
                int u = numberUnits[v];
                if (Arrays.binarySearch(candidates, en.ids[u]) >= 0 && mayBeSame(mention, en.numbers[u])) {
                    sink.match(numberItems[k], u, EvidenceKind.NUMBER);
                    zhFound[k] = true;
                    enFound[v] = true;
                }
            }
        }
        for (int k = 0; k < numberItems.length; k++) {
            if (zhFound[k]) {
                continue;
            }
            NumberMention mention = zh.unitNumbers[zh.numberItemUnits[k]];
            for (int v = 0; v < numberUnits.length; v++) {
                int u = numberUnits[v];
                if (!enFound[v] && (enMatchedByItems == null || !Masks.get(enMatchedByItems, u))
                        && contradicts(mention, en.numbers[u])) {
                    sink.match(numberItems[k], u, EvidenceKind.NUMBER_MISMATCH);
                }
            }
        }
    }

    /**
     * Two numbers with the same value match when they {@link NumberMention#agrees agree}, or when
     * one is a bare count, which does not say what it counts: Chinese drops the measure word
     * that English spells out (十六 / "sixteen years", 一百次 / "a hundred times", 十分钟 / "ten").
     * Of the 19 same-value numbers in MAC-Dev's gold pairs that do not agree, 17 involve a bare
     * count; refusing them cost 0.005 strict F1 there (0.839 to 0.834).
     */
    static boolean mayBeSame(NumberMention zh, NumberMention en) {
        return zh.agrees(en) || bareCount(zh) || bareCount(en);
    }

    /**
     * Two numbers left unmatched contradict each other when they measure the same kind of thing
     * (四小时 / "four years", 600亿美元 / "$66 billion"). Counts never do: in MAC-Dev's gold pairs
     * 76 of the 88 same-kind numbers of different value are counts (二十两 "twenty taels" read as
     * 22, 两三个, a sentence's other counts); counting them as mismatches cost 0.002 strict F1 on
     * MAC-Test (0.821 to 0.819; no change on MAC-Dev).
     */
    static boolean contradicts(NumberMention zh, NumberMention en) {
        return zh.kind() == en.kind() && zh.kind() != NumberKind.COUNT;
    }

    private static boolean bareCount(NumberMention number) {
        return number.kind() == NumberKind.COUNT && number.unit() == null;
    }

    /** The pair's matches as {@link LinkTable.Links}: what the search counts. */
    static LinkTable.Links links(ZhProfile zh, EnProfile en) {
        MaskSink sink = new MaskSink(zh, en, null, null);
        forEachMatch(zh, en, sink);
        return sink.links();
    }

    /** Collects matches as unit masks: matched and mismatched units on each side. */
    private static final class MaskSink implements Sink {
        private final ZhProfile zh;
        private final EnProfile en;
        private long[] zhMatched;
        private long[] enMatched;
        private long[] zhMismatched;
        private long[] enMismatched;

        MaskSink(ZhProfile zh, EnProfile en, long[] zhMatched, long[] enMatched) {
            this.zh = zh;
            this.en = en;
            this.zhMatched = zhMatched;
            this.enMatched = enMatched;
        }

        @Override
        public void match(int item, int unit, EvidenceKind kind) {
            long[] itemUnits = zh.items[item].unitMask();
            if (kind == EvidenceKind.NUMBER_MISMATCH) {
                zhMismatched = zhMismatched == null ? itemUnits.clone() : or(zhMismatched, itemUnits);
                enMismatched = enMismatched == null ? Masks.create(en.units()) : enMismatched;
                Masks.set(enMismatched, unit);
            } else {
                zhMatched = zhMatched == null ? itemUnits.clone() : or(zhMatched, itemUnits);
                enMatched = enMatched == null ? Masks.create(en.units()) : enMatched;
                Masks.set(enMatched, unit);
            }
        }

        private static long[] or(long[] into, long[] from) {
            Masks.or(into, from);
            return into;
        }

        LinkTable.Links links() {
            return LinkTable.Links.of(zh, en, zhMatched, enMatched, zhMismatched, enMismatched);
        }
    }

    /**
     * One Chinese sentence matched against many English sentences (a row of the link table): its
     * candidates are indexed once, and each English sentence then costs a look-up per distinct
     * id, where {@link #forEachMatch} costs a binary search per candidate. It finds the same
     * matches: ids meet as there, and numbers go through the same {@link #matchNumbers}.
     */
    static final class Row {
        private final int[] stamp;
        private final int[] slotOf;
        private long[][] slotMasks = new long[16][];
        private int mark;
        private ZhProfile zh;
        private int slots;

        /** For rows against these English sentences (the index is sized by their largest id). */
        Row(EnProfile[] en) {
            int maxId = -1;
            for (EnProfile e : en) {
                if (e.sortedIds.length > 0) {
                    maxId = Math.max(maxId, e.sortedIds[e.sortedIds.length - 1]);
                }
            }
            this.stamp = new int[maxId + 1];
            this.slotOf = new int[maxId + 1];
        }

        /**
         * Indexes a Chinese sentence: which ids some item accepts ({@code stamp[id]} is the row's
         * mark) and the OR of those items' unit masks.
         *
         * @param row a number different for each sentence indexed
         */
        void index(int row, ZhProfile z) {
            zh = z;
            mark = row + 1;
            slots = 0;
            for (ZhProfile.Item item : z.items) {
                if (item.kind() == EvidenceKind.NUMBER) {
                    continue; // matched with agreement, in matchNumbers
                }
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
        }

        /** Whether no English sentence can match anything of the indexed sentence. */
        boolean empty() {
            return slots == 0 && zh.numberItems.length == 0;
        }

        /** The indexed sentence's links with {@code e}: the items that found an id, the units carrying it. */
        LinkTable.Links links(EnProfile e) {
            long[] zhMask = null;
            long[] enMask = null;
            int[] ids = e.sortedIds;
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                if (stamp[id] != mark) {
                    continue;
                }
                if (zhMask == null) {
                    zhMask = Masks.create(zh.units());
                    enMask = Masks.create(e.units());
                }
                Masks.or(zhMask, slotMasks[slotOf[id]]);
                Masks.or(enMask, e.idMasks[k]);
            }
            if (zh.numberItems.length > 0 && e.numberUnits.length > 0) {
                MaskSink sink = new MaskSink(zh, e, zhMask, enMask);
                matchNumbers(zh, e, enMask, sink);
                return sink.links();
            }
            return LinkTable.Links.of(zh, e, zhMask, enMask, null, null);
        }
    }
}
