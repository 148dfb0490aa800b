package yuanwen.align;

/**
 * The bead shapes the search tries. How likely each is a priori is fitted data, in
 * {@link AlignModel.ShapePriors}: the log of its frequency relative to 1–1 in MAC-Dev's gold (1–1
 * 62%, 1–2 21%, 1–3 5.5%, 2–1 5.0%, 1–4 2.2%, 2–2 1.9%, 2–3 0.9%; rarer shapes -5), scaled down
 * because the lexical and length scores already see most of it. The scale was measured on MAC-Dev
 * (strict F1) once the lexical evidence had grown (irregular forms, the EM-learned table): 0.3
 * 0.831, 0.35 0.851, 0.38 0.858, 0.4 0.860, 0.42 0.856, 0.45 0.852, 0.5 0.853; on the TED talks 0.4
 * pairs 2 more sentences right than 0.5.
 */
final class BeadShapes {

    /** {zh sentences, en sentences}; one-sided shapes last. */
    static final int[][] SHAPES = {
        {1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}, {2, 2}, {1, 4}, {2, 3}, {3, 2}, {1, 0}, {0, 1},
    };

    static final int MAX_ZH = 3;
    static final int MAX_EN = 4;

    private BeadShapes() {
    }
}
