package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Translations learned from the document pair itself, as hunalign's realign does: count how often a
 * Chinese word and an English stem occur in the same confidently aligned bead, and keep the pairs
 * with a high Dice coefficient. This finds what the dictionary lacks: names in the translator's
 * spelling, a translator's habitual word choices, domain terms.
 */
final class TranslationTable {

    static final TranslationTable EMPTY = new TranslationTable(Map.of());

    /** A pair must co-occur this often, so that one coincidence is not learned. */
    private static final int MIN_COOCCURRENCE = 2;
    private static final double MIN_DICE = 0.4;
    private static final int MAX_PER_WORD = 3;

    private final Map<String, int[]> table;

    private TranslationTable(Map<String, int[]> table) {
        this.table = table;
    }

    int[] translations(String zhWord) {
        return table.get(zhWord);
    }

    int size() {
        return table.size();
    }

    /**
     * Learns from beads given as (zh sentence indices, en sentence indices) that the first pass
     * aligned with confidence.
     */
    static TranslationTable learn(ZhProfile[] zh, EnProfile[] en, List<int[][]> confidentBeads) {
        // Counted in primitive arrays: with tens of thousands of confident beads, boxed maps of maps
        // were a tenth of the whole alignment's time.
        Map<String, Integer> wordIds = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<Integer> zhCount = new ArrayList<>();
        int[] enCount = new int[maxId(en) + 1];
        PairCounts pairCount = new PairCounts();
        List<String> zhWords = new ArrayList<>();
        for (int[][] bead : confidentBeads) {
            zhWords.clear();
            for (int i : bead[0]) {
                // Only words: numbers, terms and Latin tokens are matched exactly already.
                String[] keys = zh[i].unitKeys;
                for (int u = 0; u < keys.length; u++) {
                    if (zh[i].unitKinds[u] == UnitKind.WORD && !zhWords.contains(keys[u])) {
                        zhWords.add(keys[u]);
                    }
                }
            }
            int[] enIds = Arrays.stream(bead[1]).flatMap(j -> Arrays.stream(en[j].sortedIds)).sorted().distinct()
                    .toArray();
            for (String w : zhWords) {
                Integer id = wordIds.get(w);
                if (id == null) {
                    id = words.size();
                    wordIds.put(w, id);
                    words.add(w);
                    zhCount.add(0);
                }
                zhCount.set(id, zhCount.get(id) + 1);
                for (int e : enIds) {
                    pairCount.increment(id, e);
                }
            }
            for (int e : enIds) {
                enCount[e]++;
            }
        }
        // Pairs sorted by word then English id, so each word's candidates come together.
        long[] pairs = pairCount.keysCountedAtLeast(MIN_COOCCURRENCE);
        Arrays.sort(pairs);
        Map<String, int[]> learned = new TreeMap<>();
        List<double[]> kept = new ArrayList<>();
        for (int start = 0; start < pairs.length; ) {
            int word = PairCounts.word(pairs[start]);
            int end = start;
            kept.clear();
            int cw = zhCount.get(word);
            for (; end < pairs.length && PairCounts.word(pairs[end]) == word; end++) {
                int e = PairCounts.english(pairs[end]);
                int c = pairCount.get(word, e);
                double dice = 2.0 * c / (cw + enCount[e]);
                if (dice >= MIN_DICE) {
                    kept.add(new double[] {dice, e});
                }
            }
            if (!kept.isEmpty()) {
                kept.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
                int[] ids = kept.stream().limit(MAX_PER_WORD).mapToInt(d -> (int) d[1]).sorted().toArray();
                learned.put(words.get(word), ids);
            }
            start = end;
        }
        return new TranslationTable(learned);
    }

    private static int maxId(EnProfile[] en) {
        int max = 0;
        for (EnProfile e : en) {
            if (e.sortedIds.length > 0) {
                max = Math.max(max, e.sortedIds[e.sortedIds.length - 1]);
            }
        }
        return max;
    }

    /** Co-occurrence counts of (Chinese word id, English id) pairs: an open-addressing hash of longs. */
    private static final class PairCounts {
        private long[] keys = new long[1 << 16];
        private int[] counts = new int[1 << 16];
        private int size;

        static int word(long key) {
            return (int) (key >>> 32);
        }

        static int english(long key) {
            return (int) key;
        }

        void increment(int word, int english) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            long key = key(word, english);
            int s = slot(key);
            if (counts[s] == 0) {
                keys[s] = key;
                size++;
            }
            counts[s]++;
        }

        int get(int word, int english) {
            return counts[slot(key(word, english))];
        }

        long[] keysCountedAtLeast(int min) {
            long[] out = new long[size];
            int k = 0;
            for (int s = 0; s < keys.length; s++) {
                if (counts[s] >= min) {
                    out[k++] = keys[s];
                }
            }
            return Arrays.copyOf(out, k);
        }

        private static long key(int word, int english) {
            return ((long) word << 32) | (english & 0xffffffffL);
        }

        /** The slot holding key, or the empty slot where it belongs (a count of 0 marks an empty slot). */
        private int slot(long key) {
            int mask = keys.length - 1;
            int s = (int) mix(key) & mask;
            while (counts[s] != 0 && keys[s] != key) {
                s = (s + 1) & mask;
            }
            return s;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldCounts[s] != 0) {
                    int t = (int) mix(oldKeys[s]) & mask;
                    while (counts[t] != 0) {
                        t = (t + 1) & mask;
                    }
                    keys[t] = oldKeys[s];
                    counts[t] = oldCounts[s];
                }
            }
        }

        private static long mix(long key) {
            key *= 0x9E3779B97F4A7C15L;
            return key ^ (key >>> 29);
        }
    }
}
