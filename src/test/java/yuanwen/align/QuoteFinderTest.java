package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/**
 * Quote mode on a small invented interview ({@code quote/interview.en.txt}, a speaker transcript
 * whose opening teaser repeats a line of the interview).
 */
class QuoteFinderTest {

    private static List<Sentence> en;
    private static QuoteFinder finder;

    @BeforeAll
    static void read() throws Exception {
        Path file = Path.of(QuoteFinderTest.class.getResource("quote/interview.en.txt").toURI());
        en = new DocumentSegmenter().segment(file, null, null).sentences();
        finder = new QuoteFinder(QuoteIndex.of(en, TermFinder.NONE));
    }

    private static String text(QuoteMatch match) {
        return String.join(" ", match.en().stream().map(Sentence::text).toList());
    }

    @Test
    void aShortSentenceIsFoundWithoutALengthFloor() {
        QuoteResult result = finder.find("说实话，我差点就放弃了。", 5);

        assertThat(result.verdict()).isEqualTo(QuoteResult.Verdict.FOUND);
        assertThat(text(result.found().get(0))).isEqualTo("Honestly, I almost gave up.");
        assertThat(result.found().get(0).firstLine()).isEqualTo(15);
        assertThat(result.found().get(0).score()).isBetween(QuoteFinder.FOUND_SCORE, 1.0);
    }

    @Test
    void aLooseParaphraseStillFindsItsOriginalFirst() {
        // "alone", "began to" are the translator's; "sat", "empty kitchen", "cried" are the speaker's.
        QuoteResult result = finder.find("我一个人坐在空空的厨房里哭了起来。", 5);

        assertThat(result.verdict()).isIn(QuoteResult.Verdict.FOUND, QuoteResult.Verdict.WEAK);
        assertThat(text(result.all().get(0))).contains("I sat in the empty kitchen and cried.");
    }

    @Test
    void irregularFormsFindTheWordTheDictionaryGlosses() {
        // 坐 is glossed "sit": the source says "sat".
        QuoteMatch best = finder.find("我一个人坐在空空的厨房里哭了起来。", 1).all().get(0);

        assertThat(best.evidence()).anyMatch(e -> "坐".equals(e.zh()) && "sat".equals(e.en()));
    }

    @Test
    void aTeaserAndTheInterviewSayingTheSameWordsAreBothFoundBestFirst() {
        QuoteResult result = finder.find("洪水冲走了磨坊、桥梁和我们所有的烤炉。", 5);

        assertThat(result.found()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(text(result.found().get(0))).isEqualTo(text(result.found().get(1)));
        assertThat(result.found().get(0).firstLine()).isNotEqualTo(result.found().get(1).firstLine());
        for (int k = 1; k < result.all().size(); k++) {
            assertThat(result.all().get(k).score()).isLessThanOrEqualTo(result.all().get(k - 1).score());
        }
    }

    @Test
    void candidatesNeverOverlap() {
        List<QuoteMatch> all = finder.find("我们用四百位邻居的捐款重建了磨坊。", 5).all();

        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                assertThat(all.get(a).ids()).doesNotContainAnyElementsOf(all.get(b).ids());
            }
        }
    }

    @Test
    void anUnrelatedSentenceIsNotFound() {
        QuoteResult result = finder.find("那天晚上我没走掉，陈清扬把我拽住，以伟大友谊的名义叫我留下来。", 5);

        assertThat(result.found()).isEmpty();
        assertThat(result.verdict()).isNotEqualTo(QuoteResult.Verdict.FOUND);
    }

    @Test
    void theTranslatorsOwnTextHasNoOriginal() {
        QuoteResult result = finder.find("玛尔塔是当地有名的企业家，她的故事在北欧广为流传。", 5);

        assertThat(result.verdict()).isEqualTo(QuoteResult.Verdict.NONE);
        assertThat(result.found()).isEmpty();
        assertThat(result.weak()).isEmpty();
    }

    @Test
    void aLowerMinimumScoreTurnsWeakCandidatesIntoFoundOnes() {
        String quote = "我一个人坐在空空的厨房里哭了起来。";
        QuoteResult strict = finder.find(quote, 5, 0.999);
        QuoteResult lenient = finder.find(quote, 5, 0.01);

        assertThat(strict.found()).isEmpty();
        assertThat(strict.verdict()).isEqualTo(QuoteResult.Verdict.WEAK);
        assertThat(lenient.found()).isNotEmpty();
        assertThat(lenient.found().get(0)).isEqualTo(strict.weak().get(0));
    }

    @Test
    void traditionalScriptFindsTheSameSentence() {
        QuoteMatch simplified = finder.find("整整三个星期，全村都吃不上新鲜面包。", 1).all().get(0);
        QuoteMatch traditional = finder.find("整整三個星期，全村都吃不上新鮮麵包。", 1).all().get(0);

        assertThat(traditional.ids()).isEqualTo(simplified.ids());
        assertThat(text(traditional)).startsWith("For three weeks the whole village");
    }

    @Test
    void oneIndexServesManyLookupsAtOnceWithTheSameAnswers() throws Exception {
        List<String> quotes = List.of("说实话，我差点就放弃了。", "洪水冲走了磨坊、桥梁和我们所有的烤炉。", "整整三个星期，全村都吃不上新鲜面包。",
                "我们在2011年3月开业。");
        List<QuoteResult> alone = quotes.stream().map(q -> finder.find(q, 3)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<QuoteResult>> futures = quotes.stream().map(q -> pool.submit(() -> finder.find(q, 3))).toList();
                for (int k = 0; k < quotes.size(); k++) {
                    assertThat(futures.get(k).get()).isEqualTo(alone.get(k));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aQuoteWithoutChineseIsRefused() {
        assertThatThrownBy(() -> finder.find("The flood took the mill.", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no Chinese characters");
    }
}
