package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import yuanwen.SharedData;

/**
 * The quick check that lets the English number finder skip sentences can only save time: on every
 * English sentence of the reference material it finds exactly what the full search finds.
 */
class EnglishNumberQuickCheckTest {

    @Test
    void findsTheSameAsTheFullSearchOnEveryEnglishSentenceOfTheBenchmarks() throws IOException {
        List<Path> files = new ArrayList<>(List.of(SharedData.nadellaTranscript(),
                SharedData.resolve("bench/bible/en/006.txt")));
        for (String set : List.of("bench/mac-dev/en", "bench/mac-test/en")) {
            try (Stream<Path> chapters = Files.list(SharedData.resolve(set))) {
                chapters.sorted().forEach(files::add);
            }
        }
        int sentences = 0;
        int skipped = 0;
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                List<NumberMention> quick = EnglishNumberFinder.find(line);
                assertThat(quick).as(line).isEqualTo(EnglishNumberFinder.findWithoutQuickCheck(line));
                sentences++;
                skipped += EnglishNumberFinder.mayHaveNumber(line) ? 0 : 1;
            }
        }
        assertThat(sentences).isGreaterThan(40_000);
        assertThat(skipped).as("sentences the check lets the finder skip").isGreaterThan(sentences / 4);
    }

    @Test
    void spelledNumbersWithoutDigitsAreStillFound() {
        assertThat(EnglishNumberFinder.find("A dozen of them, half a billion, the first time, a tenfold rise."))
                .extracting(NumberMention::value).containsExactly(12.0, 5e8, 1.0, 10.0);
        assertThat(EnglishNumberFinder.mayHaveNumber("And God said, Let there be light.")).isFalse();
    }
}
