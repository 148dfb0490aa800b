package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import yuanwen.SharedData;

/** Runs the finders over the shared seed articles and the Nadella transcript. */
@Tag("corpus")
class NumberRealTextsTest {

    private static final NumberFinder FINDER = new NumberFinder();

    static Stream<Path> seeds() throws IOException {
        return Files.list(SharedData.resolve("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedIsReadCleanly(Path seed) throws IOException {
        String text = Files.readString(seed);

        assertWellFormed(text, FINDER.findChinese(text));
    }

    @Test
    void theTranscriptIsReadCleanly() throws IOException {
        String text = Files.readString(SharedData.nadellaTranscript());

        List<NumberMention> found = FINDER.findEnglish(text);

        assertWellFormed(text, found);
        assertThat(found).noneMatch(m -> m.surface().contains(":"));   // timestamps are not numbers
    }

    /** Figures of seed 003 and the words Nadella and Gerstner used for them in the recording. */
    @ParameterizedTest(name = "{0} <-> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '"', textBlock = """
            660亿美元   | MONEY    | 6.6e10 | USD    | $66 billion
            10亿美元    | MONEY    | 1e9    | USD    | $1 billion
            3万亿美元   | MONEY    | 3e12   | USD    | $3 trillion
            40亿美元    | MONEY    | 4e9    | USD    | $4 billion
            200亿美元   | MONEY    | 2e10   | USD    | 20 billion
            700亿美元   | MONEY    | 7e10   | USD    | 70 billion
            1992年      | YEAR     | 1992   | -      | 1992
            1995年      | YEAR     | 1995   | -      | 1995
            98%         | PERCENT  | 98     | -      | 98%
            99%         | PERCENT  | 99     | -      | 99%
            25%         | PERCENT  | 25     | -      | 25%
            22.5万名    | COUNT    | 225000 | people | "225,000 employees"
            两倍半      | MULTIPLE | 2.5    | -      | 2.5x
            十倍        | MULTIPLE | 10     | -      | 10x
            22个月      | DURATION | 22     | month  | 22 months
            90年代      | YEAR     | 1990   | decade | '90s
            """)
    void seedFiguresMatchTheTranscript(String chineseSurface, NumberKind kind, double value, String unit,
                                       String englishSurface) throws IOException {
        List<NumberMention> chinese = FINDER.findChinese(Files.readString(SharedData.seed(3)));
        List<NumberMention> english = FINDER.findEnglish(Files.readString(SharedData.nadellaTranscript()));

        NumberMention zh = only(chinese, chineseSurface);
        assertThat(zh.kind()).isEqualTo(kind);
        assertThat(NumberMention.sameValue(zh.value(), value)).as("value of %s", zh).isTrue();
        assertThat(zh.unit()).isEqualTo(unit);
        assertThat(english).filteredOn(m -> m.surface().equals(englishSurface))
                .as("English %s", englishSurface)
                .isNotEmpty()
                .anyMatch(zh::agrees);
    }

    @Test
    void otherSeedsYieldTheirHeadlineFigures() throws IOException {
        List<NumberMention> seed0 = FINDER.findChinese(Files.readString(SharedData.seed(0)));
        List<NumberMention> seed1 = FINDER.findChinese(Files.readString(SharedData.seed(1)));

        assertThat(seed0).anyMatch(m -> m.surface().equals("2.3万亿美元") && m.value() == 2.3e12);
        assertThat(seed0).anyMatch(m -> m.surface().equals("25万人") && "people".equals(m.unit()));
        assertThat(seed1).anyMatch(m -> m.surface().equals("27.5亿美元") && m.value() == 2.75e9
                && "USD".equals(m.unit()));
        assertThat(seed1).anyMatch(m -> m.kind() == NumberKind.DURATION && m.surface().equals("七个月"));
    }

    private static NumberMention only(List<NumberMention> mentions, String surface) {
        List<NumberMention> matching = mentions.stream()
                .filter(m -> m.surface().replaceAll("\\s+", "").equals(surface)).toList();
        assertThat(matching).as("mentions written %s", surface).isNotEmpty();
        return matching.get(0);
    }

    private static void assertWellFormed(String text, List<NumberMention> found) {
        assertThat(found).isNotEmpty();
        int previousEnd = 0;
        for (NumberMention m : found) {
            assertThat(m.start()).as("sorted, non-overlapping: %s", m).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.end()).isGreaterThan(m.start());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            assertThat(m.value()).isFinite();
            previousEnd = m.end();
        }
    }
}
