package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/** How a quote's words are counted and matched, on a small invented talk ({@code quote/talk.en.txt}). */
class QuoteWordsTest {

    private static QuoteFinder finder;

    @BeforeAll
    static void read() throws Exception {
        Path file = Path.of(QuoteWordsTest.class.getResource("quote/talk.en.txt").toURI());
        List<Sentence> en = new DocumentSegmenter().segment(file, null, null).sentences();
        finder = new QuoteFinder(QuoteIndex.of(en, TermFinder.NONE));
    }

    @Test
    void aWordTheQuoteRepeatsCountsOnce() {
        // 错 ("mistake; wrong; bad") three times: the sentences with "bad", "wrong" or "mistake"
        // each find it, but the original is the one that finds the doctor and the researchers.
        QuoteMatch best = finder.find("这不是医生的错，如果是某些人的错，那就是像我一样的研究人员的错。", 3, 0).all().get(0);

        assertThat(best.en().get(0).text()).startsWith("It was not the doctor's fault");
    }

    @Test
    void aDictionaryWordFindsTheDerivedFormsOfItsFamily() {
        // 环境 is glossed "environment"; Porter keeps "environmental" apart ("environ" / "environment").
        QuoteMatch best = finder.find("它对环境的破坏在关闭后持续了几十年。", 1, 0).all().get(0);

        assertThat(best.en().get(0).text()).startsWith("Its environmental damage");
        assertThat(best.evidence()).anyMatch(e -> "环境".equals(e.zh()) && "environmental".equals(e.en()));
    }
}
