package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Confident 1–1 pairs to pin a long document's search to: for each Chinese sentence, the English
 * sentence near its expected place that shares the most rare translated words; kept when it is
 * clearly the best there and similar enough, then thinned to the longest chain that increases on
 * both sides (so one misleading pair cannot bend the path). The thresholds are the model's
 * ({@link AlignModel.AnchorThresholds}): rare words are those in at most 1% of the English sentences
 * (at least 3); the first round looks a tenth of the document (at least 50 sentences) around the
 * diagonal, the second 30 around the first round's path; a candidate must reach similarity 0.3 and
 * beat the second best by 1.5 times in shared rare weight.
 */
final class AnchorFinder {

    private AnchorFinder() {
    }

    /** Anchors: 1–1 spans, increasing on both sides. */
    static List<BeadSpan> find(ZhProfile[] zh, EnProfile[] en, BeadScorer scorer,
                               AlignModel.AnchorThresholds thresholds) {
        int n = zh.length;
        int m = en.length;
        Map<Integer, int[]> postings = rarePostings(en, thresholds);
        // Round one looks around the diagonal; round two around the path round one found, where a
        // narrow window lets far more sentences show a clear best candidate.
        int[] diagonal = new int[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = (int) ((long) i * m / Math.max(1, n));
        }
        int window = Math.max(thresholds.minWindow(), (int) (thresholds.windowShare() * m));
        List<BeadSpan> coarse = round(zh, en, scorer, postings, diagonal, window, thresholds);
        return round(zh, en, scorer, postings, interpolate(coarse, n, m), thresholds.refinedWindow(), thresholds);
    }

    /** For each Chinese index the English index on the line through the anchors. */
    private static int[] interpolate(List<BeadSpan> anchors, int n, int m) {
        int[] out = new int[n];
        int prevI = 0;
        int prevJ = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            while (next < anchors.size() && anchors.get(next).zh() < i) {
                prevI = anchors.get(next).zh();
                prevJ = anchors.get(next).en();
                next++;
            }
            int nextI = next < anchors.size() ? anchors.get(next).zh() : n;
            int nextJ = next < anchors.size() ? anchors.get(next).en() : m;
            out[i] = nextI == prevI ? nextJ : prevJ + (int) ((long) (i - prevI) * (nextJ - prevJ) / (nextI - prevI));
        }
        return out;
    }

    private static List<BeadSpan> round(ZhProfile[] zh, EnProfile[] en, BeadScorer scorer, Map<Integer, int[]> postings,
                                     int[] expected, int window, AlignModel.AnchorThresholds thresholds) {
        int n = zh.length;
        int m = en.length;
        // Each Chinese sentence is judged on its own: two threads, each with its own vote counters,
        // write the best English index (or -1) of their own sentences; the chain is built in order.
        int[] bestFor = new int[n];
        TwoThreads.forRange(n, (from, to) -> {
            float[] votes = new float[m];
            int[] touched = new int[m];
            for (int i = from; i < to; i++) {
                bestFor[i] = candidate(zh[i], i, en, scorer, postings, expected[i], window, votes, touched, thresholds);
            }
        });
        List<BeadSpan> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bestFor[i] >= 0) {
                candidates.add(BeadSpan.oneToOne(i, bestFor[i]));
            }
        }
        return longestIncreasingChain(candidates);
    }

    /** The English sentence clearly best for Chinese sentence i near its expected place, or -1. */
    private static int candidate(ZhProfile z, int i, EnProfile[] en, BeadScorer scorer, Map<Integer, int[]> postings,
                                 int center, int window, float[] votes, int[] touched,
                                 AlignModel.AnchorThresholds thresholds) {
        int m = en.length;
        int lo = Math.max(0, center - window);
        int hi = Math.min(m - 1, center + window);
        int touchedCount = 0;
        for (ZhProfile.Item item : z.items) {
            float weight = Masks.weigh(item.unitMask(), z.weights);
            for (int id : item.candidates()) {
                int[] list = postings.get(id);
                if (list == null) {
                    continue;
                }
                int k = Arrays.binarySearch(list, lo);
                for (k = k < 0 ? -k - 1 : k; k < list.length && list[k] <= hi; k++) {
                    int j = list[k];
                    if (votes[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    votes[j] += weight;
                }
            }
        }
        int best = -1;
        float bestVote = 0;
        float second = 0;
        for (int t = 0; t < touchedCount; t++) {
            int j = touched[t];
            float v = votes[j];
            if (v > bestVote || (v == bestVote && best >= 0 && j < best)) {
                second = Math.max(second, bestVote);
                bestVote = v;
                best = j;
            } else {
                second = Math.max(second, v);
            }
            votes[j] = 0;
        }
        if (best >= 0 && bestVote >= thresholds.margin() * second
                && scorer.similarity(i, 1, best, 1) >= thresholds.minSimilarity()) {
            return best;
        }
        return -1;
    }

    /** English ids found in few sentences, each with the sorted sentences that carry it. */
    private static Map<Integer, int[]> rarePostings(EnProfile[] en, AlignModel.AnchorThresholds thresholds) {
        int limit = Math.max(thresholds.minRareSentences(), (int) (thresholds.rareShare() * en.length));
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int j = 0; j < en.length; j++) {
            for (int id : en[j].sortedIds) {
                lists.computeIfAbsent(id, k -> new ArrayList<>()).add(j);
            }
        }
        Map<Integer, int[]> out = new HashMap<>();
        lists.forEach((id, list) -> {
            if (list.size() <= limit) {
                out.put(id, list.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        return out;
    }

    /**
     * Longest chain increasing strictly in both indices (patience sorting, O(k log k)); candidates
     * come sorted by Chinese index with one per index.
     */
    static List<BeadSpan> longestIncreasingChain(List<BeadSpan> pairs) {
        int k = pairs.size();
        int[] tailIndex = new int[k];
        int[] previous = new int[k];
        int length = 0;
        for (int p = 0; p < k; p++) {
            int j = pairs.get(p).en();
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tailIndex[mid]).en() < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[p] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = p;
            if (lo == length) {
                length++;
            }
        }
        List<BeadSpan> chain = new ArrayList<>(length);
        for (int p = length > 0 ? tailIndex[length - 1] : -1; p >= 0; p = previous[p]) {
            chain.add(pairs.get(p));
        }
        java.util.Collections.reverse(chain);
        return chain;
    }
}
