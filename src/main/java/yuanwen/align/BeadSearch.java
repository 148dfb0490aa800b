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

    /** Index of the English skip {0, 1} in {@link BeadShapes#SHAPES}. */
    private static final int EN_SKIP = BeadShapes.SHAPES.length - 1;

    private BeadSearch() {
    }

    /** The best path's beads, in document order. */
    static List<BeadSpan> best(BeadScorer scorer, SearchBand band, int n, int m) {
        return plain(scorer, band, n, m);
    }

    /**
     * The best beads for an objective: the scorer's own value as {@link #best(BeadScorer, SearchBand,
     * int, int)}, or, for a condensed translation, with runs of skipped English costing
     * {@link SearchObjective#gapOpen()} for their first sentence and {@link SearchObjective#gapExtend()}
     * for each further one.
     */
    static List<BeadSpan> best(SearchObjective objective, SearchBand band, int n, int m) {
        if (!objective.condensed) {
            return plain(objective.scorer, band, n, m);
        }
        return affine(objective, band, n, m);
    }

    private static List<BeadSpan> plain(BeadScorer scorer, SearchBand band, int n, int m) {
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
        List<BeadSpan> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int s = back[i][j - from[i]];
            if (s < 0) {
                throw new IllegalStateException("search band does not connect the start to the end at " + i + "," + j);
            }
            int a = shapes[s][0];
            int b = shapes[s][1];
            beads.add(new BeadSpan(i - a, a, j - b, b));
            i -= a;
            j -= b;
        }
        Collections.reverse(beads);
        return beads;
    }

    /**
     * Two scores per cell: the best path ending in anything but an English skip ({@code closed}),
     * and the best ending in an English skip ({@code open}), so that the first skip of a run can
     * cost more than the ones that extend it.
     */
    private static List<BeadSpan> affine(SearchObjective objective, SearchBand band, int n, int m) {
        double gapOpen = objective.gapOpen();
        double extend = objective.gapExtend();
        int[] from = band.from;
        int[] to = band.to;
        double[][] closed = new double[n + 1][];
        double[][] open = new double[n + 1][];
        // closedBack: shape index, plus 64 when the bead follows an open gap; openBack: 1 when the skip extends one.
        byte[][] closedBack = new byte[n + 1][];
        byte[][] openBack = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            int w = to[i] - from[i] + 1;
            closed[i] = new double[w];
            open[i] = new double[w];
            closedBack[i] = new byte[w];
            openBack[i] = new byte[w];
            java.util.Arrays.fill(closed[i], Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(open[i], Double.NEGATIVE_INFINITY);
        }
        closed[0][0 - from[0]] = 0;
        int[][] shapes = BeadShapes.SHAPES;
        for (int i = 0; i <= n; i++) {
            for (int j = from[i]; j <= to[i]; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                int bestShape = -1;
                for (int s = 0; s < EN_SKIP; s++) {
                    int a = shapes[s][0];
                    int b = shapes[s][1];
                    int pi = i - a;
                    int pj = j - b;
                    if (pi < 0 || pj < 0 || pj < from[pi] || pj > to[pi]) {
                        continue;
                    }
                    double c = closed[pi][pj - from[pi]];
                    double o = open[pi][pj - from[pi]];
                    double before = Math.max(c, o);
                    if (before == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double total = before + objective.value(pi, a, pj, b);
                    if (total > best) {
                        best = total;
                        bestShape = s | (o > c ? 64 : 0);
                    }
                }
                closed[i][j - from[i]] = best;
                closedBack[i][j - from[i]] = (byte) bestShape;
                if (j - 1 >= from[i] && j >= 1) {
                    double c = closed[i][j - 1 - from[i]] - gapOpen;
                    double o = open[i][j - 1 - from[i]] - extend;
                    open[i][j - from[i]] = Math.max(c, o);
                    openBack[i][j - from[i]] = (byte) (o > c ? 1 : 0);
                }
            }
        }
        List<BeadSpan> beads = new ArrayList<>();
        int i = n;
        int j = m;
        boolean inGap = open[n][m - from[n]] > closed[n][m - from[n]];
        while (i > 0 || j > 0) {
            if (inGap) {
                beads.add(new BeadSpan(i, 0, j - 1, 1));
                inGap = openBack[i][j - from[i]] == 1;
                j--;
                continue;
            }
            int s = closedBack[i][j - from[i]];
            if (s < 0 || closed[i][j - from[i]] == Double.NEGATIVE_INFINITY) {
                throw new IllegalStateException("search band does not connect the start to the end at " + i + "," + j);
            }
            int a = shapes[s & 63][0];
            int b = shapes[s & 63][1];
            beads.add(new BeadSpan(i - a, a, j - b, b));
            inGap = (s & 64) != 0;
            i -= a;
            j -= b;
        }
        Collections.reverse(beads);
        return beads;
    }
}
