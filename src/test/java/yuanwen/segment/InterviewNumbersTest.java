package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yuanwen.Fixtures;

/** The figures of the invented interview article and the English words it translates them from. */
class InterviewNumbersTest {

    private static final NumberFinder FINDER = new NumberFinder();
    private static final List<NumberMention> CHINESE = FINDER.findChinese(Fixtures.text(Fixtures.interviewArticle()));
    private static final List<NumberMention> ENGLISH = FINDER.findEnglish(Fixtures.text(Fixtures.interviewTranscript()));

    @ParameterizedTest(name = "{0} <-> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2016年    | YEAR     | 2016  | -      | 2016
            十二年    | DURATION | 12    | year   | twelve years
            4000台    | COUNT    | 4000  | -      | 4,000
            1.2亿美元 | MONEY    | 1.2e8 | USD    | $120 million
            40%       | PERCENT  | 40    | -      | 40%
            一百台    | COUNT    | 100   | -      | a hundred
            600名     | COUNT    | 600   | people | 600 workers
            15%       | PERCENT  | 15    | -      | 15%
            十年      | DURATION | 10    | year   | ten years
            五年      | DURATION | 5     | year   | five years
            """)
    void articleFiguresAgreeWithTheTranscript(String chineseSurface, NumberKind kind, double value, String unit,
                                             String englishSurface) {
        List<NumberMention> written = CHINESE.stream().filter(m -> m.surface().equals(chineseSurface)).toList();
        assertThat(written).as("mentions written %s", chineseSurface).isNotEmpty();
        NumberMention zh = written.get(0);
        assertThat(zh.kind()).isEqualTo(kind);
        assertThat(NumberMention.sameValue(zh.value(), value)).as("value of %s", zh).isTrue();
        assertThat(zh.unit()).isEqualTo(unit);
        assertThat(ENGLISH).filteredOn(m -> m.surface().equals(englishSurface)).as("English %s", englishSurface)
                .isNotEmpty().anyMatch(zh::agrees);
    }

    @Test
    void bothTextsAreReadCleanlyAndTimestampsAreNotNumbers() {
        assertWellFormed(Fixtures.text(Fixtures.interviewArticle()), CHINESE);
        assertWellFormed(Fixtures.text(Fixtures.interviewTranscript()), ENGLISH);
        assertThat(ENGLISH).noneMatch(m -> m.surface().contains(":"));
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
