package yuanwen.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns each pair's own score into the chance that the pair is exactly right, so that "weakest
 * first" review starts where the errors are. A pair's own score rests on its words alone, and a
 * short sentence ("这就是转型。" / "And so that was the transition.") has few words to show; but
 * a pair sitting between two strong pairs, with no skipped sentence around it, is almost always
 * right. The model is logistic over the own score, the neighbours' own scores and whether the pair
 * is 1–1; its weights ({@link AlignModel.Calibration}) were fitted on MAC-Dev by
 * {@code ScoreCalibrationFit} in the tests, which writes them into the model and prints the
 * calibration on MAC-Dev and MAC-Test (logistic regression, strict correctness as label).
 */
final class ScoreCalibration {

    private ScoreCalibration() {
    }

    static List<Bead> calibrate(List<Bead> beads, AlignModel.Calibration calibration) {
        double[] weights = calibration.weights();
        List<Bead> out = new ArrayList<>(beads.size());
        for (int k = 0; k < beads.size(); k++) {
            Bead bead = beads.get(k);
            if (!bead.aligned()) {
                out.add(bead);
                continue;
            }
            double p = probability(features(beads, k), weights);
            out.add(new Bead(bead.zh(), bead.en(), BeadScorer.round(p), bead.evidence()));
        }
        return out;
    }

    /** 1, own score, mean of the neighbours' scores, the weaker neighbour's score, 1 if the pair is 1–1. */
    static double[] features(List<Bead> beads, int k) {
        Bead bead = beads.get(k);
        double previous = k > 0 && beads.get(k - 1).aligned() ? beads.get(k - 1).score() : 0;
        double next = k + 1 < beads.size() && beads.get(k + 1).aligned() ? beads.get(k + 1).score() : 0;
        boolean oneToOne = bead.zh().size() == 1 && bead.en().size() == 1;
        return new double[] {1, bead.score(), (previous + next) / 2, Math.min(previous, next), oneToOne ? 1 : 0};
    }

    static double probability(double[] features, double[] weights) {
        double z = 0;
        for (int i = 0; i < features.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
