package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yuanwen.Fixtures;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.script.Conversions;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/** Single quotes of the invented interview article looked up in its English original. */
class InterviewQuotesTest {

    private static final List<Sentence> EN = new DocumentSegmenter()
            .segment(Fixtures.interviewTranscript(), null, null).sentences();
    /** With the shipped glossary, as the quote command runs. */
    private static final QuoteFinder WITH_GLOSSARY = new QuoteFinder(QuoteIndex.of(EN,
            new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT))));
    private static final QuoteFinder WITHOUT_GLOSSARY = new QuoteFinder(QuoteIndex.of(EN, TermFinder.NONE));

    private static String text(QuoteMatch match) {
        return String.join(" ", match.en().stream().map(Sentence::text).toList());
    }

    /** Quotes with figures or names: what was said, and when (the transcript's [start --> end]). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            去年我们的收入是1.2亿美元，比前年增长了40%。               | Last year our revenue was $120 million, up 40% from the year before.                 | 48.08
            我们在三个国家运行着大约4000台机器人。                     | We run about 4,000 robots in three countries.                                        | 43.24
            你在 2016年创立了北风机器人（Northwind Robotics）。        | You founded Northwind Robotics in 2016.                                              | 11.62
            我在仓库工作了十二年，每天都看到工人要走20公里的路。       | I worked in warehouses for twelve years, and every day I saw workers walk 20 kilometers. | 23.22
            去年我们培训了600名工人，他们的工资涨了大约15%。           | We trained 600 workers last year, and their pay went up by about 15%.                | 93.58
            我认为五年内，一半的新仓库都会用机器人拣货。               | I think within five years, half of all new warehouses will use robots to pick orders. | 106.72
            谢谢你，Brad。                                             | Thank you, Brad.                                                                     | 124.94
            """)
    void aQuoteFindsTheSentenceItTranslatesWithItsTime(String quote, String english, double start) {
        List<QuoteMatch> found = WITH_GLOSSARY.find(quote, 3).found();

        assertThat(found).isNotEmpty();
        QuoteMatch best = found.get(0);
        assertThat(text(best)).isEqualTo(english);
        assertThat(best.start()).isEqualTo(start);
        assertThat(best.end()).isGreaterThan(start);
        assertThat(best.score()).isBetween(QuoteFinder.FOUND_SCORE, 1.0);
    }

    @Test
    void theFiguresAreTheEvidence() {
        QuoteMatch best = WITHOUT_GLOSSARY.find("去年我们的收入是1.2亿美元，比前年增长了40%。", 1).found().get(0);

        assertThat(best.evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.zh().equals("1.2亿美元")
                && e.en().equals("$120 million"));
        assertThat(best.firstLine()).isEqualTo(19);
        assertThat(best.lastLine()).isEqualTo(20);
    }

    @Test
    void aTaiwanStyleQuoteFindsTheSameSentence() {
        String taiwan = Conversions.standard().get("s2twp").convert("我们在三个国家运行着大约4000台机器人。");
        assertThat(taiwan).isNotEqualTo("我们在三个国家运行着大约4000台机器人。");

        assertThat(text(WITH_GLOSSARY.find(taiwan, 1).found().get(0))).isEqualTo("We run about 4,000 robots in three countries.");
    }

    @Test
    void anUnrelatedSentenceFindsNothing() {
        // Nothing found (weak guesses may be shown to the user, marked as such).
        assertThat(WITH_GLOSSARY.find("今天天气很好，我们去公园散步吧。", 3).found()).isEmpty();
        assertThat(WITH_GLOSSARY.find("起初神创造天地。", 3).found()).isEmpty();
    }

    @Test
    void theSameQuoteGivesTheSameResult() {
        String quote = "我们想成为这些机器人里面的软件，而不仅仅是机器。";
        assertThat(WITH_GLOSSARY.find(quote, 3)).isEqualTo(WITH_GLOSSARY.find(quote, 3));
        assertThat(WITH_GLOSSARY.find(quote, 3).all()).isNotEmpty();
    }
}
