package yuanwen.align;

import java.util.List;

/**
 * The cells the search may visit: for each Chinese prefix length {@code i} (0..n) the English prefix
 * lengths {@code from[i]..to[i]} (inclusive). Small documents get the whole matrix; long ones a band
 * through the anchors, so that time and memory grow with the length, not its square.
 */
final class SearchBand {

    /**
     * Up to this many cells (a 500 × 500 sentence pair) the whole matrix is searched; beyond, anchors
     * and a band. Measured: the band gives the same pairs on the Nadella interview (867 × 825) and the
     * same MAC F1, at a fifth of the time (the whole matrix took 2 s of the search there).
     */
    static final long FULL_MATRIX_CELLS = 250_000L;
    /** How far the band reaches beyond the anchors on either side. */
    static final int SLACK = 6;
    /** The most columns a row keeps between two distant anchors, around the line joining them. */
    static final int MAX_HALF_WIDTH = 300;
    /** How far a re-search may stray from the path it refines. */
    static final int PATH_SLACK = 4;

    final int[] from;
    final int[] to;

    private SearchBand(int[] from, int[] to) {
        this.from = from;
        this.to = to;
    }

    static boolean fitsWhole(int n, int m) {
        return (long) (n + 1) * (m + 1) <= FULL_MATRIX_CELLS;
    }

    static SearchBand full(int n, int m) {
        int[] from = new int[n + 1];
        int[] to = new int[n + 1];
        java.util.Arrays.fill(to, m);
        return new SearchBand(from, to);
    }

    /**
     * A band through increasing anchors (1–1 spans): between two anchors the
     * rectangle they span, widened by {@link #SLACK} and narrowed to {@link #MAX_HALF_WIDTH} around
     * the line joining them.
     */
    static SearchBand through(List<BeadSpan> anchors, int n, int m) {
        int[] from = new int[n + 1];
        int[] to = new int[n + 1];
        java.util.Arrays.fill(from, Integer.MAX_VALUE);
        java.util.Arrays.fill(to, Integer.MIN_VALUE);
        int prevI = 0;
        int prevJ = 0;
        for (int k = 0; k <= anchors.size(); k++) {
            int nextI = k < anchors.size() ? anchors.get(k).zh() : n;
            int nextJ = k < anchors.size() ? anchors.get(k).en() + 1 : m;
            for (int i = prevI; i <= Math.min(n, nextI + 1); i++) {
                double t = nextI == prevI ? 1 : (double) (i - prevI) / (nextI - prevI);
                int line = (int) Math.round(prevJ + t * (nextJ - prevJ));
                int lo = Math.max(prevJ - SLACK, line - MAX_HALF_WIDTH);
                int hi = Math.min(nextJ + SLACK, line + MAX_HALF_WIDTH);
                from[i] = Math.min(from[i], lo);
                to[i] = Math.max(to[i], hi);
            }
            prevI = nextI;
            prevJ = nextJ - 1;
        }
        return staircase(from, to, n, m);
    }

    /** Makes a band searchable: inside the matrix, starts and ends never go back, rows overlap. */
    private static SearchBand staircase(int[] from, int[] to, int n, int m) {
        for (int i = 0; i <= n; i++) {
            from[i] = Math.max(0, Math.min(from[i], m));
            to[i] = Math.max(0, Math.min(to[i], m));
        }
        from[0] = 0;
        to[n] = m;
        for (int i = 1; i <= n; i++) {
            to[i] = Math.max(to[i], to[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            from[i] = Math.min(from[i], from[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            from[i] = Math.max(from[i], 0);
            if (from[i] > to[i - 1]) {
                from[i] = to[i - 1];
            }
        }
        return new SearchBand(from, to);
    }

    /**
     * A narrow band around a found path, within
     * {@code limit}: for re-searching after the scores changed a little.
     */
    static SearchBand around(List<BeadSpan> beads, int n, int m, SearchBand limit) {
        int[] from = new int[n + 1];
        int[] to = new int[n + 1];
        java.util.Arrays.fill(from, Integer.MAX_VALUE);
        java.util.Arrays.fill(to, Integer.MIN_VALUE);
        for (BeadSpan bead : beads) {
            for (int i = bead.zh(); i <= bead.zhEnd(); i++) {
                for (int r = Math.max(0, i - PATH_SLACK); r <= Math.min(n, i + PATH_SLACK); r++) {
                    from[r] = Math.min(from[r], bead.en() - PATH_SLACK);
                    to[r] = Math.max(to[r], bead.enEnd() + PATH_SLACK);
                }
            }
        }
        for (int i = 0; i <= n; i++) {
            from[i] = Math.max(from[i], limit.from[i]);
            to[i] = Math.min(to[i], limit.to[i]);
        }
        return staircase(from, to, n, m);
    }

    long cells() {
        long sum = 0;
        for (int i = 0; i < from.length; i++) {
            sum += to[i] - from[i] + 1;
        }
        return sum;
    }
}
