package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/**
 * Quote with its article: the invented article {@code quote/article.zh.md} translates part of
 * {@code quote/interview.en.txt}, merges its turns and adds a translator's preface and a note.
 */
class QuoteInArticleTest {

    private static QuoteInArticle article;

    @BeforeAll
    static void align() throws Exception {
        DocumentSegmenter segmenter = new DocumentSegmenter();
        List<Sentence> zh = segmenter.segment(resource("quote/article.zh.md"), null, null).sentences();
        List<Sentence> en = segmenter.segment(resource("quote/interview.en.txt"), null, null).sentences();
        Alignment alignment = new Aligner().align(zh, en, AlignParameters.defaults());
        article = new QuoteInArticle(zh, alignment, new QuoteFinder(QuoteIndex.of(en, TermFinder.NONE, alignment, zh)));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(QuoteInArticleTest.class.getResource(name).toURI());
    }

    private static String text(QuoteMatch match) {
        return String.join(" ", match.en().stream().map(Sentence::text).toList());
    }

    @Test
    void aSentenceOfTheArticleIsAnsweredFromItsPair() {
        QuoteResult result = article.find("人们要开车四十公里去最近的超市。", 3, QuoteFinder.FOUND_SCORE);

        assertThat(result.verdict()).isEqualTo(QuoteResult.Verdict.FOUND);
        assertThat(text(result.found().get(0))).isEqualTo("People drove forty kilometres to the nearest supermarket.");
        assertThat(result.article()).extracting(Sentence::text).containsExactly("人们要开车四十公里去最近的超市。");
    }

    @Test
    void aQuoteInAnotherScriptWithoutItsPunctuationIsFoundInTheArticle() {
        QuoteResult result = article.find("人們要開車四十公里 去最近的超市", 3, QuoteFinder.FOUND_SCORE);

        assertThat(result.article()).hasSize(1);
        assertThat(text(result.all().get(0))).contains("forty kilometres");
    }

    @Test
    void aQuoteOverTwoSentencesGetsTheirEnglishTogether() {
        QuoteResult result = article.find("我差点就放弃了。我坐在空荡荡的厨房里哭。", 3, QuoteFinder.FOUND_SCORE);

        assertThat(result.article()).hasSize(2);
        QuoteMatch best = result.all().get(0);
        assertThat(text(best)).contains("I almost gave up", "empty kitchen and cried");
    }

    @Test
    void theTranslatorsPrefaceHasNoOriginal() {
        QuoteResult result = article.find("玛尔塔是当地有名的企业家，她的故事在北欧广为流传。", 3, QuoteFinder.FOUND_SCORE);

        assertThat(result.article()).isNotEmpty();
        assertThat(result.found()).isEmpty();
    }

    @Test
    void aQuoteNotInTheArticleIsLookedUpInTheWholeSource() {
        QuoteResult result = article.find("我们雇了三十二个人，面包卖到十一个镇子。", 3, 0.0);

        assertThat(result.article()).isEmpty();
        assertThat(text(result.all().get(0))).contains("thirty-two people");
    }
}
