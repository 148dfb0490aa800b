package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import yuanwen.SharedData;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

@Tag("corpus")
class QuoteFinderTest {

    private static final DocumentSegmenter SEGMENTER = new DocumentSegmenter();
    private static List<Sentence> en;
    /** Seed 003 translates the Nadella transcript. */
    private static List<Sentence> article;
    /** With the shipped glossary, as the quote command runs. */
    private static QuoteFinder withGlossary;
    private final QuoteFinder finder = new QuoteFinder();

    @BeforeAll
    static void read() {
        en = SEGMENTER.segment(SharedData.nadellaTranscript(), null, null).sentences();
        article = SEGMENTER.segment(SharedData.seed(3), null, null).sentences();
        withGlossary = new QuoteFinder(new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT)));
    }

    /** The article's sentence containing {@code part}. */
    private static String articleSentence(String part) {
        return article.stream().map(Sentence::text).filter(t -> t.contains(part)).findFirst().orElseThrow();
    }

    private static String text(QuoteMatch match) {
        return String.join(" ", match.en().stream().map(Sentence::text).toList());
    }

    @Test
    void interviewSentencesFindTheirOriginalWithItsTime() {
        Object[][] cases = {
                {"Shopify", "take Shopify or Stripe or Spotify", 2538.36},
                {"60多个区域", "We have 60-plus regions", 1297.72},
                {"98% 到 99%", "98%, 99% gross margin business", 568.96},
                {"数据驻留", "a lot of data residency", 1290.4},
                {"Winifest", "very infamous project called WinFS", 1088.04},
                {"2013 年 8 月退休", "I think in August of 2013", 446.28},
                {"然后理解我们的结构性地位", "understanding our structural position", 517.52},
        };
        for (Object[] c : cases) {
            List<QuoteMatch> found = withGlossary.find(articleSentence((String) c[0]), en, 3);
            assertThat(found).as((String) c[0]).isNotEmpty();
            assertThat(text(found.get(0))).as((String) c[0]).contains((String) c[1]);
            assertThat(found.get(0).start()).as((String) c[0]).isEqualTo((Double) c[2]);
            assertThat(found.get(0).end()).as((String) c[0]).isGreaterThan((Double) c[2]);
        }
    }

    @Test
    void sentencesOfOtherInterviewsFindAlmostNothing() {
        int sentences = 0;
        int found = 0;
        for (int seed : new int[] {0, 1, 2, 4}) {
            int inSeed = 0;
            for (Sentence s : SEGMENTER.segment(SharedData.seed(seed), null, null).sentences()) {
                if (s.text().codePoints().filter(Character::isIdeographic).count() < 8) {
                    continue;
                }
                sentences++;
                if (!withGlossary.find(s.text(), en, 1).isEmpty()) {
                    found++;
                    inSeed++;
                }
            }
            if (seed == 1 || seed == 2) {
                assertThat(inSeed).as("seed %d (Jassy)", seed).isZero();
            }
        }
        assertThat(sentences).isGreaterThan(500);
        // A few generic phrases do have an original anywhere ("这是个很有趣的问题。"): at most 1%.
        assertThat(found).isLessThanOrEqualTo(sentences / 100);
    }

    @Test
    void aNumberOfAnotherKindIsNoEvidence() {
        // "every three years, every four years": the numbers are years, not hours or percentages.
        assertThat(withGlossary.find("他每天只睡四小时，或者三小时，我做不到。", en, 3)).isEmpty();
        assertThat(withGlossary.find("我们需要让GDP每年增长3%、4%、5%。", en, 3)).isEmpty();
    }

    @Test
    void candidatesAreDisjointSpansBestFirstWithScoresAboveTheThreshold() {
        List<QuoteMatch> found = withGlossary.find(articleSentence("92 年 5 月推出"), en, 5);
        assertThat(found).hasSizeGreaterThanOrEqualTo(2);
        for (int k = 0; k < found.size(); k++) {
            QuoteMatch match = found.get(k);
            assertThat(match.score()).isBetween(QuoteFinder.MIN_SCORE, 1.0);
            assertThat(match.en()).hasSizeBetween(1, QuoteFinder.MAX_SPAN);
            if (k > 0) {
                assertThat(match.score()).isLessThanOrEqualTo(found.get(k - 1).score());
            }
            for (int other = 0; other < k; other++) {
                assertThat(match.en()).doesNotContainAnyElementsOf(found.get(other).en());
            }
        }
        // Both sentences about joining in '92 are offered.
        assertThat(found.stream().map(QuoteFinderTest::text))
                .anyMatch(t -> t.contains("November of '92")).anyMatch(t -> t.contains("just after Windows 3.1"));
    }

    @Test
    void anotherSourceIsReadAgain() {
        String quote = articleSentence("Shopify");
        List<Sentence> opening = en.subList(0, 200);
        assertThat(withGlossary.find(quote, opening, 3)).isEmpty();
        assertThat(withGlossary.find(quote, en, 3)).isNotEmpty();
        assertThat(withGlossary.find(quote, opening, 3)).isEmpty();
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
