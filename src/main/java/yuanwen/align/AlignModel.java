package yuanwen.align;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import yuanwen.text.AtomicFiles;
import yuanwen.text.BadInputException;
import yuanwen.text.Json;

/**
 * Every fitted number of the document aligner, as data: the resource {@code
 * yuanwen/align/model.json} ({@link #standard()}), which the fitting programs in the tests write
 * ({@code ScoreCalibrationFit} the calibration) and every aligned JSON stores as it is, so that a
 * stored alignment says which numbers made it. The program is the aligner; this is its model (the
 * split of OpenNLP's models and tools, and of OpenCC's {@code data/config}).
 *
 * <p>What is here was measured, not designed: the weights were tuned on MAC-Dev, the length figures
 * and shape frequencies counted there, the calibration fitted there; the reason for each value is in
 * the javadoc of the class that uses it. Constants that only bound the work (sentence limits, band
 * widths) stay in the code.
 *
 * @param lexicalWeight  weight of the lexical similarity (0–1) per sentence of a bead
 * @param lengthWeight   weight of the Gale–Church log-probability of a bead's lengths
 * @param skipCost       cost of leaving one sentence unaligned
 * @param lengthRatio    English characters per Chinese character
 * @param lengthVariance variance of the length difference per Chinese character
 * @param shapePriors    how likely each bead shape is a priori ({@link BeadShapes})
 * @param calibration    pair score to chance of being right ({@link ScoreCalibration})
 * @param anchors        when a 1–1 pair is sure enough to pin a long document's search to ({@link AnchorFinder})
 */
@JsonPropertyOrder({"lexicalWeight", "lengthWeight", "skipCost", "lengthRatio", "lengthVariance", "shapePriors",
    "calibration", "anchors"})
public record AlignModel(double lexicalWeight, double lengthWeight, double skipCost, double lengthRatio,
                         double lengthVariance, ShapePriors shapePriors, Calibration calibration,
                         AnchorThresholds anchors) {

    /** The resource the standard model is read from, beside this class. */
    public static final String RESOURCE = "model.json";

    public AlignModel {
        finite("lexicalWeight", lexicalWeight);
        finite("lengthWeight", lengthWeight);
        finite("skipCost", skipCost);
        positive("lengthRatio", lengthRatio);
        positive("lengthVariance", lengthVariance);
        if (shapePriors == null || calibration == null || anchors == null) {
            throw new IllegalArgumentException("shapePriors, calibration and anchors are all needed");
        }
    }

    /**
     * The log frequency of each bead shape relative to 1–1, scaled: the prior of a bead of {@code a}
     * Chinese and {@code b} English sentences is {@code scale × logRelativeFrequency[a-1][b-1]}.
     *
     * @param scale                how much of the frequency the search sees (the lexical and length
     *                             scores already see most of it)
     * @param logRelativeFrequency by [Chinese sentences − 1][English sentences − 1], up to
     *                             {@link BeadShapes#MAX_ZH} × {@link BeadShapes#MAX_EN}
     */
    @JsonPropertyOrder({"scale", "logRelativeFrequency"})
    public record ShapePriors(double scale, List<List<Double>> logRelativeFrequency) {

        public ShapePriors {
            finite("shapePriors.scale", scale);
            if (logRelativeFrequency == null || logRelativeFrequency.size() != BeadShapes.MAX_ZH) {
                throw new IllegalArgumentException("shapePriors.logRelativeFrequency needs " + BeadShapes.MAX_ZH
                        + " rows (1 to " + BeadShapes.MAX_ZH + " Chinese sentences)");
            }
            for (List<Double> row : logRelativeFrequency) {
                if (row == null || row.size() != BeadShapes.MAX_EN) {
                    throw new IllegalArgumentException("shapePriors.logRelativeFrequency needs " + BeadShapes.MAX_EN
                            + " numbers a row (1 to " + BeadShapes.MAX_EN + " English sentences)");
                }
                for (Double value : row) {
                    finite("shapePriors.logRelativeFrequency", value == null ? Double.NaN : value);
                }
            }
            logRelativeFrequency = logRelativeFrequency.stream().map(List::copyOf).toList();
        }

        /** The priors, {@code [a-1][b-1]}, each multiplied out once here rather than in the search. */
        double[][] table() {
            double[][] out = new double[BeadShapes.MAX_ZH][BeadShapes.MAX_EN];
            for (int a = 0; a < out.length; a++) {
                for (int b = 0; b < out[a].length; b++) {
                    out[a][b] = scale * logRelativeFrequency.get(a).get(b);
                }
            }
            return out;
        }
    }

    /**
     * Weights of the logistic model over a pair's features ({@link ScoreCalibration#features}).
     *
     * @param intercept       the constant
     * @param ownScore        the pair's own score
     * @param neighbourMean   the mean of its neighbours' own scores (0 for an unaligned neighbour)
     * @param weakerNeighbour the weaker neighbour's own score
     * @param oneToOne        1 when the pair is 1–1
     */
    @JsonPropertyOrder({"intercept", "ownScore", "neighbourMean", "weakerNeighbour", "oneToOne"})
    public record Calibration(double intercept, double ownScore, double neighbourMean, double weakerNeighbour,
                              double oneToOne) {

        public Calibration {
            for (double w : new double[] {intercept, ownScore, neighbourMean, weakerNeighbour, oneToOne}) {
                finite("calibration", w);
            }
        }

        /** Weights in the order of {@link ScoreCalibration#features}. */
        static Calibration of(double[] weights) {
            if (weights.length != 5) {
                throw new IllegalArgumentException("the calibration has 5 weights, not " + weights.length);
            }
            return new Calibration(weights[0], weights[1], weights[2], weights[3], weights[4]);
        }

        /** In the order of {@link ScoreCalibration#features}. */
        double[] weights() {
            return new double[] {intercept, ownScore, neighbourMean, weakerNeighbour, oneToOne};
        }
    }

    /**
     * When a Chinese sentence's best English candidate becomes an anchor ({@link AnchorFinder}).
     *
     * @param rareShare        only English units in at most this share of the sentences find candidates
     * @param minRareSentences ...or in at most this many, in a short document
     * @param windowShare      the first round looks this share of the document around the diagonal
     * @param minWindow        ...and at least this many sentences either side
     * @param refinedWindow    the second round looks this many sentences either side of the first's path
     * @param minSimilarity    the candidate's 1–1 similarity must reach this
     * @param margin           the best candidate must beat the second by this factor in shared rare weight
     */
    @JsonPropertyOrder({"rareShare", "minRareSentences", "windowShare", "minWindow", "refinedWindow", "minSimilarity",
        "margin"})
    public record AnchorThresholds(double rareShare, int minRareSentences, double windowShare, int minWindow,
                                   int refinedWindow, double minSimilarity, double margin) {

        public AnchorThresholds {
            positive("anchors.rareShare", rareShare);
            positive("anchors.windowShare", windowShare);
            finite("anchors.minSimilarity", minSimilarity);
            positive("anchors.margin", margin);
            if (minRareSentences < 1 || minWindow < 1 || refinedWindow < 1) {
                throw new IllegalArgumentException("anchors.minRareSentences, minWindow and refinedWindow must be at least 1");
            }
        }
    }

    /** The same model with other search weights (for tuning runs). */
    public AlignModel withWeights(double lexical, double length, double skip) {
        return new AlignModel(lexical, length, skip, lengthRatio, lengthVariance, shapePriors, calibration, anchors);
    }

    /** The same model with another calibration (what {@code ScoreCalibrationFit} fits). */
    public AlignModel withCalibration(Calibration fitted) {
        return new AlignModel(lexicalWeight, lengthWeight, skipCost, lengthRatio, lengthVariance, shapePriors, fitted,
                anchors);
    }

    /** The shipped model, read once from the resource {@link #RESOURCE}. */
    public static AlignModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final AlignModel MODEL = readResource();

        private static AlignModel readResource() {
            try (InputStream in = AlignModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("yuanwen/align/" + RESOURCE + " missing from this build");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JacksonException | IllegalArgumentException e) {
                throw new IllegalStateException("yuanwen/align/" + RESOURCE + " in this build is broken: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Reads a model file (one a fitting program wrote).
     *
     * @throws BadInputException when it is missing, unreadable, not a model, or a number is out of range
     */
    public static AlignModel load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "does not exist");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")");
        }
        try {
            return parse(text);
        } catch (JacksonException e) {
            throw new BadInputException(file, "is not an aligner model: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "is not an aligner model: " + e.getMessage());
        }
    }

    /** Every field must be there: a model missing a number must not quietly align with 0. */
    private static final ObjectReader READER = Json.MAPPER.readerFor(AlignModel.class)
            .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static AlignModel parse(String text) {
        return READER.readValue(text);
    }

    /** The model as the resource holds it: {@link Json}'s layout and a final newline. */
    public String toJson() {
        return Json.write(this) + "\n";
    }

    /** Writes the model to {@code file} atomically (temporary file, forced to disk, renamed). */
    public void write(Path file) throws IOException {
        byte[] bytes = toJson().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number");
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number");
        }
    }
}
