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
        Map<String, Integer> zhCount = new HashMap<>();
        Map<Integer, Integer> enCount = new HashMap<>();
        Map<String, Map<Integer, Integer>> pairCount = new HashMap<>();
        for (int[][] bead : confidentBeads) {
            List<String> zhWords = new ArrayList<>();
            for (int i : bead[0]) {
                for (String key : zh[i].unitKeys) {
                    if (isWord(key) && !zhWords.contains(key)) {
                        zhWords.add(key);
                    }
                }
            }
            int[] enIds = Arrays.stream(bead[1]).flatMap(j -> Arrays.stream(en[j].sortedIds)).sorted().distinct()
                    .toArray();
            for (String w : zhWords) {
                zhCount.merge(w, 1, Integer::sum);
                Map<Integer, Integer> row = pairCount.computeIfAbsent(w, k -> new HashMap<>());
                for (int e : enIds) {
                    row.merge(e, 1, Integer::sum);
                }
            }
            for (int e : enIds) {
                enCount.merge(e, 1, Integer::sum);
            }
        }
        Map<String, int[]> learned = new TreeMap<>();
        pairCount.forEach((w, row) -> {
            int cw = zhCount.get(w);
            List<double[]> kept = new ArrayList<>();
            row.forEach((e, c) -> {
                if (c >= MIN_COOCCURRENCE) {
                    double dice = 2.0 * c / (cw + enCount.get(e));
                    if (dice >= MIN_DICE) {
                        kept.add(new double[] {dice, e});
                    }
                }
            });
            if (!kept.isEmpty()) {
                kept.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
                int[] ids = kept.stream().limit(MAX_PER_WORD).mapToInt(d -> (int) d[1]).sorted().toArray();
                learned.put(w, ids);
            }
        });
        return new TranslationTable(learned);
    }

    /** Chinese words and characters, not numbers, terms or Latin tokens (those match exactly already). */
    private static boolean isWord(String key) {
        char first = key.charAt(0);
        return first != '#' && first != '=' && !key.startsWith("lat:");
    }
}
