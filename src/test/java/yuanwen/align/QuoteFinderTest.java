package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yuanwen.SharedData;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

class QuoteFinderTest {

    private static List<Sentence> en;
    private final QuoteFinder finder = new QuoteFinder();

    @BeforeAll
    static void read() {
        en = new DocumentSegmenter().segment(SharedData.nadellaTranscript(), null, null).sentences();
    }

    @Test
    void findsTheSentenceAQuoteTranslatesWithItsTime() {
        List<QuoteMatch> matches = finder.find("自那以后，你把 Azure 的运营收入从 10 亿美元提升到了 660亿美元。", en, 3);
        assertThat(matches).isNotEmpty();
        QuoteMatch best = matches.get(0);
        assertThat(best.en().get(0).text()).contains("$66 billion run rate");
        assertThat(best.start()).isEqualTo(61.48);
        assertThat(best.firstLine()).isPositive();
        assertThat(best.evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER);
    }

    @Test
    void findsQuotesAnywhereInTheSource() {
        assertThat(finder.find("然而，我们错过了搜索。", en, 1).get(0).en().get(0).text())
                .isEqualTo("We missed search, right?");
        assertThat(finder.find("你为微软股东增加了近 3 万亿美元的价值。", en, 1).get(0).en().get(0).text())
                .contains("$3 trillion of value");
    }

    @Test
    void traditionalQuoteFindsTheSameSentence() {
        assertThat(finder.find("然而，我們錯過了搜索。", en, 1).get(0).en().get(0).text())
                .isEqualTo("We missed search, right?");
    }

    @Test
    void anUnrelatedSentenceFindsNothing() {
        assertThat(finder.find("那天晚上我没走掉，陈清扬把我拽住，以伟大友谊的名义叫我留下来。", en, 3)).isEmpty();
        assertThat(finder.find("起初神创造天地。", en, 3)).isEmpty();
    }

    @Test
    void sameQuoteSameResult() {
        String quote = "然而，我们错过了搜索。";
        assertThat(finder.find(quote, en, 3)).isEqualTo(finder.find(quote, en, 3));
    }
}
