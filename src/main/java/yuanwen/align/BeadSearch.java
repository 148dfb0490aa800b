package yuanwen.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic programming over the {@link SearchBand}: the monotone sequence of beads (shapes from
 * {@link BeadShapes}) with the highest total {@link BeadScorer#value value}. Ties keep the shape
 * listed first, so equal inputs always give equal alignments.
 */
final class BeadSearch {

    private BeadSearch() {
    }

    /** Beads as {zh start, zh count, en start, en count}, in document order. */
    static List<int[]> best(BeadScorer scorer, SearchBand band, int n, int m) {
        int[] from = band.from;
        int[] to = band.to;
        double[][] score = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            score[i] = new double[to[i] - from[i] + 1];
            back[i] = new byte[to[i] - from[i] + 1];
            java.util.Arrays.fill(score[i], Double.NEGATIVE_INFINITY);
        }
        score[0][0 - from[0]] = 0;
        int[][] shapes = BeadShapes.SHAPES;
        for (int i = 0; i <= n; i++) {
            for (int j = from[i]; j <= to[i]; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                int bestShape = -1;
                for (int s = 0; s < shapes.length; s++) {
                    int a = shapes[s][0];
                    int b = shapes[s][1];
                    int pi = i - a;
                    int pj = j - b;
                    if (pi < 0 || pj < 0 || pj < from[pi] || pj > to[pi]) {
                        continue;
                    }
                    double before = score[pi][pj - from[pi]];
                    if (before == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double total = before + scorer.value(pi, a, pj, b);
                    if (total > best) {
                        best = total;
                        bestShape = s;
                    }
                }
                score[i][j - from[i]] = best;
                back[i][j - from[i]] = (byte) bestShape;
            }
        }
        List<int[]> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int s = back[i][j - from[i]];
            if (s < 0) {
                throw new IllegalStateException("search band does not connect the start to the end at " + i + "," + j);
            }
            int a = shapes[s][0];
            int b = shapes[s][1];
            beads.add(new int[] {i - a, a, j - b, b});
            i -= a;
            j -= b;
        }
        Collections.reverse(beads);
        return beads;
    }
}
