package yuanwen.align;

import java.util.Objects;
import yuanwen.glossary.TermFinder;

/**
 * What the aligner is told. {@link #defaults()} is tuned on MAC-Dev; the length figures were fitted
 * there (English characters per Chinese character, and the variance of the Gale–Church delta).
 *
 * @param terms          the glossary, or {@link TermFinder#NONE}
 * @param lexicalWeight  weight of the lexical similarity (0–1) per sentence of a bead
 * @param lengthWeight   weight of the Gale–Church log-probability of a bead's lengths
 * @param skipCost       cost of leaving one sentence unaligned
 * @param lengthRatio    English characters per Chinese character
 * @param lengthVariance variance of the length difference per Chinese character
 * @param learnTable     whether to learn a translation table from the document pair itself and
 *                       align a second time with it (hunalign's "realign")
 * @param maxSentences   the most sentences accepted on either side
 */
public record AlignParameters(TermFinder terms, double lexicalWeight, double lengthWeight, double skipCost,
                              double lengthRatio, double lengthVariance, boolean learnTable,
                              int maxSentences) {

    /**
     * Inputs above this many sentences a side are refused: the banded search keeps a few dozen
     * cells a sentence, and at this size that is already several hundred megabytes. A book of
     * 200,000 sentences is far beyond any article or interview; split longer inputs.
     */
    public static final int MAX_SENTENCES = 200_000;

    public AlignParameters {
        Objects.requireNonNull(terms, "terms");
        if (maxSentences <= 0 || maxSentences > MAX_SENTENCES) {
            throw new IllegalArgumentException("maxSentences must be 1.." + MAX_SENTENCES);
        }
    }

    public static AlignParameters defaults() {
        return new AlignParameters(TermFinder.NONE, 1.0, 0.18, 3.0, 4.1, 41.8, true, MAX_SENTENCES);
    }

    public AlignParameters withTerms(TermFinder finder) {
        return new AlignParameters(finder, lexicalWeight, lengthWeight, skipCost, lengthRatio, lengthVariance,
                learnTable, maxSentences);
    }

    public AlignParameters withWeights(double lexical, double length, double skip) {
        return new AlignParameters(terms, lexical, length, skip, lengthRatio, lengthVariance, learnTable,
                maxSentences);
    }

    public AlignParameters withLearnTable(boolean learn) {
        return new AlignParameters(terms, lexicalWeight, lengthWeight, skipCost, lengthRatio, lengthVariance,
                learn, maxSentences);
    }

    public AlignParameters withMaxSentences(int max) {
        return new AlignParameters(terms, lexicalWeight, lengthWeight, skipCost, lengthRatio, lengthVariance,
                learnTable, max);
    }
}
