package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;
import yuanwen.Fixtures.Translation;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/**
 * The calibration fit writes the model file, and the aligner aligns with what it wrote: fitted on
 * the invented interview (fixtures/interview.*), labelled by the translations as written.
 */
class ScoreCalibrationFitTest {

    private static final DocumentSegmenter SEGMENTER = new DocumentSegmenter();

    @TempDir
    Path dir;

    private static String joined(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    }

    @Test
    void theFitWritesAModelTheAlignerThenScoresWith() throws IOException {
        List<Sentence> zh = SEGMENTER.segment(Fixtures.interviewArticle(), null, null).sentences();
        List<Sentence> en = SEGMENTER.segment(Fixtures.interviewTranscript(), null, null).sentences();
        Aligner aligner = new Aligner();
        List<Bead> own = aligner.beads(zh, en, AlignParameters.defaults(), List.of(), stage -> { });
        Set<Translation> written = new HashSet<>(Fixtures.interviewTranslations());
        List<ScoreCalibrationFit.Example> examples = ScoreCalibrationFit.examples(own,
                bead -> written.contains(new Translation(joined(bead.zh()), joined(bead.en()))));
        assertThat(examples).hasSizeGreaterThan(10);
        Path file = dir.resolve("model.json");

        AlignModel fitted = ScoreCalibrationFit.refit(file, examples);
        AlignModel loaded = AlignModel.load(file);
        List<Bead> calibrated = aligner.align(zh, en, AlignParameters.defaults().withModel(loaded)).beads();

        assertThat(loaded).isEqualTo(fitted);
        assertThat(loaded.calibration()).isNotEqualTo(AlignModel.standard().calibration());
        assertThat(loaded.withCalibration(AlignModel.standard().calibration())).isEqualTo(AlignModel.standard());
        // The same beads as the search found, each scored by the fitted weights.
        assertThat(calibrated).hasSameSizeAs(own);
        double[] weights = loaded.calibration().weights();
        for (int k = 0; k < own.size(); k++) {
            assertThat(calibrated.get(k).vecalign()).isEqualTo(own.get(k).vecalign());
            if (own.get(k).aligned()) {
                double expected = BeadScorer.round(ScoreCalibration.probability(ScoreCalibration.features(own, k),
                        weights));
                assertThat(calibrated.get(k).score()).as(own.get(k).vecalign()).isEqualTo(expected);
            }
        }
        // Fitted on right and wrong pairs, the right ones come out more likely on average.
        double right = 0;
        double wrong = 0;
        int rightCount = 0;
        for (ScoreCalibrationFit.Example e : examples) {
            double p = ScoreCalibration.probability(e.features(), weights);
            if (e.right()) {
                right += p;
                rightCount++;
            } else {
                wrong += p;
            }
        }
        if (rightCount < examples.size()) {
            assertThat(right / rightCount).isGreaterThan(wrong / (examples.size() - rightCount));
        }
    }

    @Test
    void aRefitKeepsTheNumbersAlreadyInTheModelFile() throws IOException {
        Path file = dir.resolve("model.json");
        AlignModel tuned = AlignModel.standard().withWeights(0.9, 0.2, 2.5);
        tuned.write(file);
        List<ScoreCalibrationFit.Example> examples = List.of(
                new ScoreCalibrationFit.Example(new double[] {1, 0.9, 0.8, 0.7, 1}, true, 0.9),
                new ScoreCalibrationFit.Example(new double[] {1, 0.2, 0.1, 0.0, 0}, false, 0.2),
                new ScoreCalibrationFit.Example(new double[] {1, 0.6, 0.7, 0.5, 1}, true, 0.6),
                new ScoreCalibrationFit.Example(new double[] {1, 0.5, 0.2, 0.1, 0}, false, 0.5));

        AlignModel refitted = ScoreCalibrationFit.refit(file, examples);

        assertThat(AlignModel.load(file)).isEqualTo(refitted);
        assertThat(refitted.withCalibration(tuned.calibration())).isEqualTo(tuned);
    }
}
