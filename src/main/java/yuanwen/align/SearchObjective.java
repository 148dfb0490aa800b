package yuanwen.align;

/**
 * What the bead search maximises. For a translation of (nearly) the whole source, the scorer's
 * own {@link BeadScorer#value value}: every Chinese sentence is expected to find English, and any
 * English left out costs the same. For a <em>condensed</em> translation, an article that keeps a
 * quarter of a long talk in its own order and adds its own framing, three things change:
 *
 * <ul>
 *   <li>A pair must beat chance, not just be the best the search can do: its similarity is
 *       measured above what each of its sentences reaches against unrelated text on average
 *       (sampled around where it would sit), so that a translator's bridging remark ("接下来，他谈到了
 *       另一个话题。") no longer looks like the translation of whatever English lies nearby.
 *   <li>Leaving Chinese unaligned is cheap enough that such framing stays unaligned.
 *   <li>Dropped English comes in long runs, not scattered sentences: the first English sentence of
 *       a run costs {@link #GAP_OPEN}, each further one only {@link #GAP_EXTEND}, so that the search
 *       prefers a few long gaps (the paragraphs the article left out) to many short ones.
 * </ul>
 *
 * How condensed a document is comes from its lengths: the Chinese predicts
 * {@code lengthRatio × Chinese characters} of English; where that covers at least
 * {@link #COMPLETE_COVERAGE} of the English there is, the translation is complete and the scorer's
 * value is used unchanged; at {@link #CONDENSED_COVERAGE} or less it is condensed; in between the
 * two objectives are mixed linearly, so that no document falls off an edge.
 */
final class SearchObjective {

    /**
     * At or below this share of the English predicted by the Chinese, a document is a condensed
     * translation. Measured: the condensed TED variants of DocumentBenchmark (a quarter of the
     * paragraphs kept) cover 0.36–0.56 by this measure.
     */
    static final double CONDENSED_COVERAGE = 0.5;
    /**
     * At or above this share, a complete one. Measured: MAC-Dev chapters cover 0.79–1.19 of their
     * English, TED talks 1.2–1.5, the Nadella interview about 1.
     */
    static final double COMPLETE_COVERAGE = 0.8;
    /*
     * The condensed objective's weights, tuned on the condensed TED and Jobs variants of
     * DocumentBenchmark (they leave complete translations, MAC-Dev included, untouched). The
     * similarity above chance separates true from unrelated pairs with a log-likelihood ratio that
     * grows about 25 per unit and crosses zero near MARGIN (measured on the 13 TED talks); the
     * scale below is smaller because neighbouring pairs and the length fit add their own evidence.
     */
    /** How much a similarity point above chance counts, per sentence of a bead. */
    static final double LEXICAL_SCALE = 6.0;
    /** A pair must beat chance by this much before it gains anything. */
    static final double MARGIN = 0.09;
    /** Cost of leaving one Chinese sentence unaligned in a condensed translation. */
    static final double ZH_SKIP = 1.0;
    /**
     * In a condensed translation a bead of several sentences mostly takes in English the article
     * dropped, or a remark of the translator's next to a kept sentence: the shape prior counts
     * this many times. Measured on DocumentBenchmark (1 → 2 → 3): framing left unaligned on the
     * long talk 33 → 40 → 48 of 62, on the loose TED variants 64 → 72 → 74 of 96; translated
     * sentences right on the TED condensed variants 320 → 318 → 313 of 352.
     */
    static final double SHAPE_PRIOR_FACTOR = 2.0;
    /** Cost of the first English sentence of a run the article left out. */
    static final double GAP_OPEN = 1.0;
    /** Cost of each further sentence of that run. */
    static final double GAP_EXTEND = 0.05;
    /**
     * The similarity of unrelated text in a bead of each shape, relative to a 1–1 bead, by
     * [Chinese sentences - 1][English sentences - 1]: a union of matches over more sentences finds
     * more by chance. Measured on beads far from the diagonal: the same within 0.05 on the TED
     * talks and MAC-Dev (1–2 1.44/1.47, 2–1 1.24/1.21, 1–3 1.70/1.76, 2–2 1.93/1.91, 2–3 2.41/2.42);
     * 2–4, 3–3 and 3–4 are not searched.
     */
    private static final double[][] CHANCE_BY_SHAPE = {
        {1.0, 1.45, 1.73, 1.91},
        {1.22, 1.92, 2.41, 2.6},
        {1.29, 2.11, 2.6, 2.8},
    };
    /** Sentences sampled on the other side to estimate a sentence's chance similarity. */
    private static final int CHANCE_SAMPLES = 200;
    /**
     * A sentence's chance similarity is measured against the English sentences within this many of
     * where it would sit (and the Chinese in proportion), not the whole document: neighbouring
     * sentences share their passage's words (Mars, planet in a talk about Mars), and against the
     * whole of a long source that looked like evidence, so that a kept sentence took its dropped
     * neighbours into its bead. Measured on DocumentBenchmark's condensed variants: TED 315 → 320
     * of 352 right (framing 63 → 64 of 85), loose 310 → 313; the long talk's framing 28 → 33 of
     * 62 unaligned; MAC-Dev (one chapter slightly condensed) 0.8604 → 0.8589.
     */
    private static final int CHANCE_WINDOW = 50;

    final BeadScorer scorer;
    /** How condensed the translation is, 0 (complete: the scorer's own value) to 1. */
    final double condensedness;
    final boolean condensed;
    private final double lexicalWeight;
    private final double[] zhChance;
    private final double[] enChance;
    private final double gapOpen;
    private final double gapExtend;

    private SearchObjective(BeadScorer scorer, double condensedness, double lexicalWeight, double[] zhChance,
                            double[] enChance) {
        this.scorer = scorer;
        this.condensedness = condensedness;
        this.condensed = condensedness > 0;
        this.lexicalWeight = lexicalWeight;
        this.zhChance = zhChance;
        this.enChance = enChance;
        double skip = -scorer.value(0, 0, 0, 1);
        this.gapOpen = (1 - condensedness) * skip + condensedness * GAP_OPEN;
        this.gapExtend = (1 - condensedness) * skip + condensedness * GAP_EXTEND;
    }

    /** The English the Chinese predicts, as a share of the English there is. */
    static double coverage(ZhProfile[] zh, EnProfile[] en, AlignParameters p) {
        return coverage(zh, en, p.lengthRatio());
    }

    /** The same with English characters per Chinese one as given. */
    static double coverage(ZhProfile[] zh, EnProfile[] en, double lengthRatio) {
        long zhChars = 0;
        long enChars = 0;
        for (ZhProfile z : zh) {
            zhChars += z.chars;
        }
        for (EnProfile e : en) {
            enChars += e.chars;
        }
        return enChars == 0 ? 1 : lengthRatio * zhChars / enChars;
    }

    /** 0 for a complete translation, 1 for a condensed one, in between linearly. */
    static double condensedness(ZhProfile[] zh, EnProfile[] en, double lengthRatio) {
        double coverage = coverage(zh, en, lengthRatio);
        double c = (COMPLETE_COVERAGE - coverage) / (COMPLETE_COVERAGE - CONDENSED_COVERAGE);
        return Math.max(0, Math.min(1, c));
    }

    static boolean condensed(ZhProfile[] zh, EnProfile[] en, double lengthRatio) {
        return condensedness(zh, en, lengthRatio) > 0;
    }

    /**
     * The objective for a stretch: the scorer's own value for a complete translation; for a
     * condensed one, each sentence's chance similarity is estimated first (against up to
     * {@link #CHANCE_SAMPLES} sentences of the other side's {@link #CHANCE_WINDOW}).
     */
    static SearchObjective of(BeadScorer scorer, ZhProfile[] zh, EnProfile[] en, AlignParameters p) {
        return of(scorer, zh, en, p, p.lengthRatio());
    }

    /**
     * The same, judging coverage by the given ratio of English to Chinese characters (the second
     * pass's fitted one, when it is smaller than the parameters': then the document's genre is
     * terser in English, and its English covers less than the parameters' ratio says).
     */
    static SearchObjective of(BeadScorer scorer, ZhProfile[] zh, EnProfile[] en, AlignParameters p,
                              double lengthRatio) {
        double condensedness = condensedness(zh, en, lengthRatio);
        if (condensedness == 0) {
            return new SearchObjective(scorer, 0, p.lexicalWeight(), null, null);
        }
        int n = zh.length;
        int m = en.length;
        double[] zhChance = new double[n];
        double[] enChance = new double[m];
        // Around where a sentence would sit if the article kept the same share everywhere.
        int enHalf = CHANCE_WINDOW;
        int zhHalf = Math.max(1, (int) ((long) CHANCE_WINDOW * n / m));
        for (int i = 0; i < n; i++) {
            int center = (int) ((long) i * m / n);
            int from = Math.max(0, center - enHalf);
            int to = Math.min(m, center + enHalf + 1);
            int step = Math.max(1, (to - from) / CHANCE_SAMPLES);
            double sum = 0;
            int count = 0;
            for (int j = from; j < to; j += step) {
                sum += scorer.similarity(i, 1, j, 1);
                count++;
            }
            zhChance[i] = sum / count;
        }
        for (int j = 0; j < m; j++) {
            int center = (int) ((long) j * n / m);
            int from = Math.max(0, center - zhHalf);
            int to = Math.min(n, center + zhHalf + 1);
            int step = Math.max(1, (to - from) / CHANCE_SAMPLES);
            double sum = 0;
            int count = 0;
            for (int i = from; i < to; i += step) {
                sum += scorer.similarity(i, 1, j, 1);
                count++;
            }
            enChance[j] = sum / count;
        }
        return new SearchObjective(scorer, condensedness, p.lexicalWeight(), zhChance, enChance);
    }

    /**
     * The value of a bead that is not an English skip (those cost {@link #gapOpen()} and
     * {@link #gapExtend()}).
     */
    double value(int i, int a, int j, int b) {
        double own = scorer.value(i, a, j, b);
        if (!condensed) {
            return own;
        }
        if (b == 0) {
            return (1 - condensedness) * own - condensedness * ZH_SKIP * a;
        }
        if (a == 0) {
            return -gapExtend * b;
        }
        double sim = scorer.similarity(i, a, j, b);
        double chance = 0;
        for (int k = i; k < i + a; k++) {
            chance += zhChance[k];
        }
        for (int k = j; k < j + b; k++) {
            chance += enChance[k];
        }
        // A pair's chance similarity is about the sum of its two sentences' (each side's share of
        // matched units adds up); a longer bead's grows with its shape, as a union of matches does.
        chance *= 2.0 / (a + b) * CHANCE_BY_SHAPE[a - 1][b - 1];
        double above = sim - chance - MARGIN;
        // The scorer's value already counts the plain similarity and the shape prior once: the
        // similarity is replaced, the prior counted SHAPE_PRIOR_FACTOR times.
        return own + condensedness * (lexicalWeight * (a + b) * (LEXICAL_SCALE * above - sim)
                + (SHAPE_PRIOR_FACTOR - 1) * scorer.shapePrior(a, b));
    }

    double gapOpen() {
        return gapOpen;
    }

    double gapExtend() {
        return gapExtend;
    }
}
