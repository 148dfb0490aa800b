package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import yuanwen.Fixtures;
import yuanwen.SharedData;

class GlossaryCheckTest {

    static final ArticleCheck CHECK = new ArticleCheck(GlossaryMatcherTest.SHIPPED, GlossaryMatcherTest.MATCHER);

    @Test
    void seed000HasTwoSpellingsOfBezos() throws IOException {
        ArticleCheck.Report report = CHECK.check(Files.readString(SharedData.seed(0)));

        // The article writes 贝索斯 for the man, and 贝佐斯 inside 贝佐斯地球基金.
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ArticleCheck.Kind.TWO_SPELLINGS);
            assertThat(f.entryId()).isEqualTo("person.jeff-bezos");
            assertThat(f.message()).contains("贝索斯 ×", "贝佐斯 ×2 (deprecated, inside 贝佐斯地球基金)");
        });
    }

    @Test
    void seed003HasTwoSpellingsOfElonMuskAndBing() throws IOException {
        ArticleCheck.Report report = CHECK.check(Files.readString(SharedData.seed(3)));

        assertThat(report.findings()).filteredOn(f -> f.kind() == ArticleCheck.Kind.TWO_SPELLINGS)
                .extracting(ArticleCheck.Finding::entryId).contains("person.elon-musk", "product.bing");
        assertThat(report.findings()).filteredOn(f -> "person.elon-musk".equals(f.entryId()))
                .extracting(ArticleCheck.Finding::message).anySatisfy(m -> assertThat(m).contains("伊隆"));
        assertThat(report.findings()).filteredOn(f -> "product.bing".equals(f.entryId()))
                .extracting(ArticleCheck.Finding::message).anySatisfy(m -> assertThat(m).contains("必应", "Bing"));
    }

    @Test
    void theInterviewFixtureHasTwoSpellingsOfStartup() {
        ArticleCheck.Report report = CHECK.check(Fixtures.text(Fixtures.interviewArticle()));

        // 初创公司 in the translator's bio, 创业公司 in the translator's own remark
        assertThat(report.findings()).filteredOn(f -> f.kind() == ArticleCheck.Kind.TWO_SPELLINGS)
                .singleElement().satisfies(f -> {
                    assertThat(f.entryId()).isEqualTo("term.startup");
                    assertThat(f.message()).contains("初创公司 ×1", "创业公司 ×1");
                });
    }

    @Test
    void deprecatedFormsAreReported() {
        ArticleCheck.Report report = CHECK.check("中国的杰夫·贝佐斯。贝索斯说。");

        assertThat(report.findings()).extracting(ArticleCheck.Finding::kind).contains(ArticleCheck.Kind.DEPRECATED);
        assertThat(report.findings()).filteredOn(f -> f.kind() == ArticleCheck.Kind.DEPRECATED).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("杰夫·贝佐斯 ×1", "prefers 杰夫·贝索斯"));
    }

    @Test
    void latinNamesWithoutAnEntryAreListed() {
        ArticleCheck.Report report = CHECK.check("亚马逊的Kara Swisher和Kara Swisher，还有OpenAI。见 https://Example.com/Foo");

        assertThat(report.findings()).filteredOn(f -> f.kind() == ArticleCheck.Kind.NO_ENTRY)
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Kara Swisher ×2")
                        .doesNotContain("OpenAI", "Example", "Foo"));
    }

    @Test
    void fullNameAndShortFormAreNotTwoSpellings() {
        ArticleCheck.Report report = CHECK.check("杰夫·贝索斯说。贝索斯又说。埃隆·马斯克和马斯克。");

        assertThat(report.findings()).isEmpty();
        assertThat(report.usages()).extracting(u -> u.entry().id()).containsExactly("person.jeff-bezos",
                "person.elon-musk");
    }
}
