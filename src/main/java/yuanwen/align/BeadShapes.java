package yuanwen.align;

/**
 * The bead shapes the search tries, and how likely each is a priori: log of its frequency relative
 * to 1–1 in MAC-Dev's gold (1–1 62%, 1–2 21%, 1–3 5.5%, 2–1 5.0%, 1–4 2.2%, 2–2 1.9%, 2–3 0.9%),
 * scaled down because the lexical and length scores already see most of it.
 */
final class BeadShapes {

    /** {zh sentences, en sentences}; one-sided shapes last. */
    static final int[][] SHAPES = {
        {1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}, {2, 2}, {1, 4}, {2, 3}, {3, 2}, {1, 0}, {0, 1},
    };

    static final int MAX_ZH = 3;
    static final int MAX_EN = 4;

    /**
     * Measured on MAC-Dev (strict F1) once the lexical evidence had grown (irregular forms, the
     * EM-learned table): 0.3 0.831, 0.35 0.851, 0.38 0.858, 0.4 0.860, 0.42 0.856, 0.45 0.852,
     * 0.5 0.853; on the TED talks 0.4 pairs 2 more sentences right than 0.5.
     */
    private static final double SCALE = 0.4;

    private BeadShapes() {
    }

    /** Log frequency relative to 1–1, by [zh sentences - 1][en sentences - 1]; rarer shapes get -5. */
    private static final double[][] LOG_RELATIVE = {
        {0, -1.08, -2.4, -3.3},
        {-2.5, -3.5, -4.2, -5.0},
        {-5.0, -5.0, -5.0, -5.0},
    };

    static double prior(int a, int b) {
        return SCALE * LOG_RELATIVE[a - 1][b - 1];
    }
}
