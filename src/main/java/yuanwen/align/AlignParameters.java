package yuanwen.align;

import java.util.Objects;

/**
 * What the aligner is told for one run: the fitted {@link AlignModel} and the run's switches. The
 * resources (CC-CEDICT, the glossary) are not here: they reach the {@link Aligner} by its
 * constructor.
 *
 * @param model        the fitted numbers; {@link #defaults()} has {@link AlignModel#standard()}
 * @param learnTable   whether to learn a translation table from the document pair itself and
 *                     align a second time with it (hunalign's "realign")
 * @param maxSentences the most sentences accepted on either side
 */
public record AlignParameters(AlignModel model, boolean learnTable, int maxSentences) {

    /**
     * Inputs above this many sentences a side are refused: the banded search keeps a few dozen
     * cells a sentence, and at this size that is already several hundred megabytes. A book of
     * 200,000 sentences is far beyond any article or interview; split longer inputs.
     */
    public static final int MAX_SENTENCES = 200_000;

    public AlignParameters {
        Objects.requireNonNull(model, "model");
        if (maxSentences <= 0 || maxSentences > MAX_SENTENCES) {
            throw new IllegalArgumentException("maxSentences must be 1.." + MAX_SENTENCES);
        }
    }

    public static AlignParameters defaults() {
        return new AlignParameters(AlignModel.standard(), true, MAX_SENTENCES);
    }

    // The model's search weights, read through here by quote mode and the benchmarks.

    public double lexicalWeight() {
        return model.lexicalWeight();
    }

    public double lengthWeight() {
        return model.lengthWeight();
    }

    public double skipCost() {
        return model.skipCost();
    }

    public double lengthRatio() {
        return model.lengthRatio();
    }

    public double lengthVariance() {
        return model.lengthVariance();
    }

    public AlignParameters withModel(AlignModel other) {
        return new AlignParameters(other, learnTable, maxSentences);
    }

    public AlignParameters withWeights(double lexical, double length, double skip) {
        return withModel(model.withWeights(lexical, length, skip));
    }

    public AlignParameters withLearnTable(boolean learn) {
        return new AlignParameters(model, learn, maxSentences);
    }

    public AlignParameters withMaxSentences(int max) {
        return new AlignParameters(model, learnTable, max);
    }
}
