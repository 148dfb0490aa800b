package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.text.BadInputException;

/** The aligner's fitted numbers as a file: the shipped resource, its round trip, and bad model files. */
class AlignModelTest {

    @TempDir
    Path dir;

    private static byte[] shippedBytes() throws IOException {
        try (InputStream in = AlignModel.class.getResourceAsStream(AlignModel.RESOURCE)) {
            assertThat(in).as("yuanwen/align/" + AlignModel.RESOURCE).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theShippedModelWrittenBackGivesTheSameBytes() throws IOException {
        Path written = dir.resolve("model.json");
        AlignModel.standard().write(written);

        assertThat(Files.readAllBytes(written)).isEqualTo(shippedBytes());
    }

    @Test
    void aModelReadFromAFileAndWrittenAgainIsByteForByteTheSame() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        AlignModel refitted = AlignModel.standard().withCalibration(new AlignModel.Calibration(-1.2345678901234, 2.5,
                0.75, 1.0 / 3, 0.1));
        refitted.write(first);

        AlignModel loaded = AlignModel.load(first);
        loaded.write(second);

        assertThat(loaded).isEqualTo(refitted);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aNewCalibrationKeepsEveryOtherNumber() {
        AlignModel standard = AlignModel.standard();
        AlignModel.Calibration other = new AlignModel.Calibration(0, 1, 0, 0, 0);

        AlignModel refitted = standard.withCalibration(other);

        assertThat(refitted.calibration()).isEqualTo(other);
        assertThat(refitted.withCalibration(standard.calibration())).isEqualTo(standard);
    }

    @Test
    void theShapePriorsAreTheScaledLogFrequencies() {
        AlignModel.ShapePriors priors = AlignModel.standard().shapePriors();

        double[][] table = priors.table();

        assertThat(table).hasNumberOfRows(BeadShapes.MAX_ZH);
        for (int a = 0; a < BeadShapes.MAX_ZH; a++) {
            for (int b = 0; b < BeadShapes.MAX_EN; b++) {
                assertThat(table[a][b]).isEqualTo(priors.scale() * priors.logRelativeFrequency().get(a).get(b));
            }
        }
        // 1–1 is the most likely shape: every other prior is below it.
        for (int[] shape : BeadShapes.SHAPES) {
            if (shape[0] > 0 && shape[1] > 0 && (shape[0] > 1 || shape[1] > 1)) {
                assertThat(table[shape[0] - 1][shape[1] - 1]).isLessThan(table[0][0]);
            }
        }
    }

    @Test
    void aModelFileMissingANumberIsRefusedNamingTheFileAndTheNumber() throws IOException {
        String json = AlignModel.standard().toJson().replaceFirst("\\s*\"skipCost\" : [^,]*,", "");
        Path file = dir.resolve("no-skip.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AlignModel.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("skipCost");
    }

    @Test
    void aShapeTableOfTheWrongSizeIsRefused() throws IOException {
        String json = AlignModel.standard().toJson().replace("[ -5.0, -5.0, -5.0, -5.0 ] ]", "[ -5.0, -5.0 ] ]");
        assertThat(json).isNotEqualTo(AlignModel.standard().toJson());
        Path file = dir.resolve("short-row.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AlignModel.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("logRelativeFrequency");
    }

    @Test
    void aMissingModelFileIsBadInput() {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> AlignModel.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not exist");
    }
}
