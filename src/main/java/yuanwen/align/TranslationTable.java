package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Translations learned from the document pair itself, by IBM Model 1 on the beads the first pass
 * aligned with confidence (as Moore's aligner learns its word model; hunalign's realign, too,
 * learns from its first pass): each English unit of a bead is explained by one of the bead's
 * Chinese words or by none (a null word), and expectation–maximisation shares the counts out. This finds what the dictionary lacks: names in
 * the translator's spelling, a translator's habitual word choices, domain terms.
 *
 * <p>Why not co-occurrence (Dice), which this replaces: a word that co-occurs with everything of
 * its beads cannot be told from a translation by counting, and a rarer synonym of a frequent
 * English word (two of twelve "river"s written 溪) never reaches a Dice threshold, while EM gives
 * it the English word its bead has nothing else to explain. Measured: MAC-Dev strict F1 0.8454
 * (Dice) → 0.8527.
 */
final class TranslationTable {

    static final TranslationTable EMPTY = new TranslationTable(Map.of());

    /** EM rounds: on a document's few thousand beads IBM Model 1 settles in a handful (10 was no better on MAC-Dev). */
    private static final int ROUNDS = 5;
    /**
     * A learned English unit must be what the word explains with at least this probability
     * (MAC-Dev strict F1 with 0.3 / 0.4 / 0.5 / 0.6: 0.847 / 0.845 / 0.853 / 0.851)...
     */
    private static final double MIN_PROBABILITY = 0.5;
    /** ...and the two must meet in at least this many beads, so that one coincidence is not learned. */
    private static final int MIN_BEADS_TOGETHER = 2;
    private static final int MAX_PER_WORD = 3;
    /**
     * Beads learned from at most, evenly spread over a long document: enough for its recurring
     * words, and it keeps the pair table of a 42,000-verse Bible within a few megabytes.
     */
    private static final int MAX_BEADS = 5_000;

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

    /** Learns from the beads the first pass aligned with confidence (the document aligner's way in). */
    static TranslationTable learnFromSpans(ZhProfile[] zh, EnProfile[] en, List<BeadSpan> confidentBeads) {
        List<int[][]> beads = new ArrayList<>(confidentBeads.size());
        for (BeadSpan bead : confidentBeads) {
            beads.add(new int[][] {range(bead.zh(), bead.zhCount()), range(bead.en(), bead.enCount())});
        }
        return learn(zh, en, beads);
    }

    private static int[] range(int start, int count) {
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = start + k;
        }
        return out;
    }

    /**
     * Learns from confident beads given as (zh sentence indices, en sentence indices): quote mode's
     * way in ({@code QuoteIndex} has an {@link Alignment}'s beads, whose sentences carry indices).
     */
    static TranslationTable learn(ZhProfile[] zh, EnProfile[] en, List<int[][]> confidentBeads) {
        int beadCount = Math.min(confidentBeads.size(), MAX_BEADS);
        double step = confidentBeads.size() / (double) Math.max(1, beadCount);
        Map<String, Integer> wordIds = new HashMap<>();
        List<String> words = new ArrayList<>();
        int[][] beadWords = new int[beadCount][];
        int[][] beadEnglish = new int[beadCount][];
        List<String> zhWords = new ArrayList<>();
        for (int b = 0; b < beadCount; b++) {
            int[][] bead = confidentBeads.get((int) (b * step));
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
            int[] ids = new int[zhWords.size()];
            for (int k = 0; k < ids.length; k++) {
                Integer id = wordIds.get(zhWords.get(k));
                if (id == null) {
                    id = words.size();
                    wordIds.put(zhWords.get(k), id);
                    words.add(zhWords.get(k));
                }
                ids[k] = id;
            }
            beadWords[b] = ids;
            beadEnglish[b] = Arrays.stream(bead[1]).flatMap(j -> Arrays.stream(en[j].sortedIds)).sorted().distinct()
                    .toArray();
        }
        // Every (word, English id) pair of a bead gets a dense index, and each bead keeps its pairs'
        // indices (word-major): EM then runs on primitive arrays. Boxed maps of maps were a tenth of
        // the whole alignment's time with tens of thousands of beads.
        PairIndex pairs = new PairIndex();
        int[][] beadPairs = new int[beadCount][];
        for (int b = 0; b < beadCount; b++) {
            int[] ws = beadWords[b];
            int[] es = beadEnglish[b];
            int[] indices = new int[ws.length * es.length];
            for (int x = 0; x < ws.length; x++) {
                for (int y = 0; y < es.length; y++) {
                    indices[x * es.length + y] = pairs.indexOf(ws[x], es[y]);
                }
            }
            beadPairs[b] = indices;
        }
        int pairCount = pairs.size();
        // Beads each pair meets in.
        int[] together = new int[pairCount];
        for (int[] indices : beadPairs) {
            for (int pair : indices) {
                together[pair]++;
            }
        }
        int[] pairWord = pairs.words();
        int englishIds = maxId(en) + 1;
        // t starts flat: the first round's counts are then plain co-occurrences shared per English unit.
        float[] t = new float[pairCount];
        float[] nullT = new float[englishIds];
        Arrays.fill(t, 1f);
        Arrays.fill(nullT, 1f);
        float[] count = new float[pairCount];
        float[] nullCount = new float[englishIds];
        double[] wordTotal = new double[words.size()];
        for (int round = 0; round < ROUNDS; round++) {
            Arrays.fill(count, 0f);
            Arrays.fill(nullCount, 0f);
            for (int b = 0; b < beadCount; b++) {
                int[] es = beadEnglish[b];
                int[] indices = beadPairs[b];
                int ws = beadWords[b].length;
                for (int y = 0; y < es.length; y++) {
                    double total = nullT[es[y]];
                    for (int x = 0; x < ws; x++) {
                        total += t[indices[x * es.length + y]];
                    }
                    for (int x = 0; x < ws; x++) {
                        int pair = indices[x * es.length + y];
                        count[pair] += (float) (t[pair] / total);
                    }
                    nullCount[es[y]] += (float) (nullT[es[y]] / total);
                }
            }
            Arrays.fill(wordTotal, 0);
            for (int pair = 0; pair < pairCount; pair++) {
                wordTotal[pairWord[pair]] += count[pair];
            }
            for (int pair = 0; pair < pairCount; pair++) {
                double total = wordTotal[pairWord[pair]];
                t[pair] = total > 0 ? (float) (count[pair] / total) : 0f;
            }
            double nullTotal = 0;
            for (float c : nullCount) {
                nullTotal += c;
            }
            for (int e = 0; e < englishIds; e++) {
                nullT[e] = nullTotal > 0 ? (float) (nullCount[e] / nullTotal) : 0f;
            }
        }
        // Per word, the English ids it explains most of, most probable first (ties by id).
        Map<Integer, List<double[]>> byWord = new TreeMap<>();
        int[] pairEnglish = pairs.englishIds();
        for (int pair = 0; pair < pairCount; pair++) {
            if (t[pair] >= MIN_PROBABILITY && together[pair] >= MIN_BEADS_TOGETHER) {
                byWord.computeIfAbsent(pairWord[pair], k -> new ArrayList<>()).add(new double[] {t[pair], pairEnglish[pair]});
            }
        }
        Map<String, int[]> learned = new TreeMap<>();
        byWord.forEach((word, kept) -> {
            kept.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
            learned.put(words.get(word), kept.stream().limit(MAX_PER_WORD).mapToInt(d -> (int) d[1]).sorted().toArray());
        });
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

    /**
     * Dense indices 0, 1, 2 … for (Chinese word id, English id) pairs in order of first sight: an
     * open-addressing hash of longs.
     */
    private static final class PairIndex {
        private long[] keys = new long[1 << 16];
        /** Index + 1 per slot; 0 marks an empty slot. */
        private int[] slots = new int[1 << 16];
        private long[] byIndex = new long[1 << 10];
        private int size;

        int indexOf(int word, int english) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            long key = ((long) word << 32) | (english & 0xffffffffL);
            int s = slot(key);
            if (slots[s] == 0) {
                keys[s] = key;
                slots[s] = ++size;
                if (size > byIndex.length) {
                    byIndex = Arrays.copyOf(byIndex, byIndex.length * 2);
                }
                byIndex[size - 1] = key;
            }
            return slots[s] - 1;
        }

        int size() {
            return size;
        }

        int[] words() {
            int[] out = new int[size];
            for (int k = 0; k < size; k++) {
                out[k] = (int) (byIndex[k] >>> 32);
            }
            return out;
        }

        int[] englishIds() {
            int[] out = new int[size];
            for (int k = 0; k < size; k++) {
                out[k] = (int) byIndex[k];
            }
            return out;
        }

        /** The slot holding key, or the empty slot where it belongs. */
        private int slot(long key) {
            int mask = keys.length - 1;
            int s = (int) mix(key) & mask;
            while (slots[s] != 0 && keys[s] != key) {
                s = (s + 1) & mask;
            }
            return s;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new long[oldKeys.length * 2];
            slots = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldSlots[s] != 0) {
                    int t = (int) mix(oldKeys[s]) & mask;
                    while (slots[t] != 0) {
                        t = (t + 1) & mask;
                    }
                    keys[t] = oldKeys[s];
                    slots[t] = oldSlots[s];
                }
            }
        }

        private static long mix(long key) {
            key *= 0x9E3779B97F4A7C15L;
            return key ^ (key >>> 29);
        }
    }
}
