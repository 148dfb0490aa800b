package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import yuanwen.Fixtures;
import yuanwen.SpeakerLabels;
import yuanwen.segment.ChineseSentenceSplitter;
import yuanwen.segment.Sentence;


/**
 * The invented interview article (fixtures/interview.zh.md: front matter, a WeChat-style header,
 * the translator's summary and bio, then the interview with speaker labels) and the Taiwan-style
 * article, read and segmented end to end. Sentence numbers and lines were checked by reading the
 * fixtures.
 */
class InterviewArticleTest {

    private static final String HOST = "主持人Brad";
    private static final String GUEST = "海伦·帕克";

    private static final String ORIGINAL = Fixtures.text(Fixtures.interviewArticle());

    private static List<Sentence> sentences(String text) {
        return new ChineseSentenceSplitter().split(new ArticleReader().read(Path.of("interview.zh.md"), text));
    }

    private static final List<Sentence> SENTENCES = sentences(ORIGINAL);

    private static Sentence sentence(String text) {
        return SENTENCES.stream().filter(s -> s.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence " + text));
    }

    @Test
    void theArticleIs36CleanSentencesInOrder() {
        // title, intro, summary heading + 2 points, bio heading + 3 sentences, 访谈全文 (0-9), then 26
        // of the interview, its two section headings among them
        assertThat(SENTENCES).hasSize(36);
        assertThat(SENTENCES).extracting(Sentence::index).containsExactlyElementsOf(IntStream.range(0, 36).boxed().toList());
        for (Sentence s : SENTENCES) {
            assertThat(s.text()).as("sentence %d", s.index()).isNotBlank().isEqualTo(s.text().strip())
                    .doesNotContain("*", "http", "![", "](", "关注公众号", "欢迎转发", "合作请", "draft", "tags:");
        }
    }

    @Test
    void frontMatterIsMetadataAndTheTextStartsWithTheTitleHeading() {
        Article article = new ArticleReader().read(Path.of("interview.zh.md"), ORIGINAL);

        assertThat(article.metadata()).containsEntry("title", "专访北风机器人CEO海伦·帕克：仓库里的机器人，难的是软件")
                .containsEntry("draft", "false");
        assertThat(SENTENCES.get(0).text()).isEqualTo("专访北风机器人CEO海伦·帕克：仓库里的机器人，难的是软件");
        assertThat(SENTENCES.get(0).firstLine()).isEqualTo(8);
        assertThat(article.blocks().get(0).kind()).isEqualTo(ArticleBlock.Kind.HEADING);
    }

    @Test
    void thePromotionalLineAndTheSourceUrlGoAndTheIntroStays() {
        assertThat(SENTENCES.get(1).text())
                .isEqualTo("本文整理自Harbor Talks播客对北风机器人CEO海伦·帕克的专访，公开发表于2025年2月28日。");
        assertThat(SENTENCES.get(1).firstLine()).isEqualTo(12);
    }

    @Test
    void hardWrapsAreJoinedAndKeepBothLines() {
        Sentence founded = sentence("你在 2016年创立了北风机器人（Northwind Robotics）。");
        assertThat(founded.firstLine()).isEqualTo(26);
        assertThat(founded.lastLine()).isEqualTo(27);
        Sentence bio = sentence("海伦·帕克（Helen Park）是北风机器人的创始人兼首席执行官。");
        assertThat(bio.firstLine()).isEqualTo(21);
        assertThat(bio.lastLine()).isEqualTo(22);
        assertThat(sentence("真正难的是让一百台机器人在同一条通道里互不相撞。").firstLine()).isEqualTo(42);
    }

    @Test
    void speakersAreTheLabelsInForceAndTheTranslatorsPartsHaveNone() {
        assertThat(SENTENCES.stream().map(SpeakerLabels::of).filter(Objects::nonNull).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(HOST, GUEST);
        int fullText = sentence("访谈全文").index();
        assertThat(fullText).isEqualTo(9);
        assertThat(SENTENCES.subList(0, fullText + 1)).extracting(SpeakerLabels::of).containsOnlyNulls();
        assertThat(sentence("海伦，欢迎来到节目。").speaker().shown()).isEqualTo(HOST);
        assertThat(sentence("谢谢你邀请我。").speaker().shown()).isEqualTo(GUEST);
        // "******海伦·帕克:**" alone on its line labels the paragraph on the next line
        assertThat(sentence("我们在三个国家运行着大约4000台机器人。").speaker().shown()).isEqualTo(GUEST);
        assertThat(sentence("去年我们的收入是1.2亿美元，比前年增长了40%。").speaker().shown()).isEqualTo(GUEST);
        // a section heading is nobody's words; the next label starts the next turn
        assertThat(sentence("软件才是难点").speaker()).isNull();
        assertThat(sentence("很多人认为硬件是最难的部分。").speaker().shown()).isEqualTo(HOST);
        assertThat(sentence("和很多创业公司一样，我们也是从一个小问题开始的。").speaker().shown()).isEqualTo(GUEST);
        assertThat(SENTENCES.get(SENTENCES.size() - 1).text()).isEqualTo("谢谢你，Brad。");
        assertThat(SENTENCES.get(SENTENCES.size() - 1).speaker().shown()).isEqualTo(GUEST);
    }

    @Test
    void everyTranslationInThePairsFileIsOneSentenceOfTheArticle() {
        List<String> texts = SENTENCES.stream().map(Sentence::text).toList();
        assertThat(Fixtures.interviewTranslations()).hasSize(23)
                .allSatisfy(t -> assertThat(texts).contains(t.zh()));
    }

    @Test
    void offsetsAndLinesPointAtTheSource() {
        List<String> lines = Arrays.asList(ORIGINAL.split("\n", -1));
        for (Sentence sentence : SENTENCES) {
            String text = sentence.text();
            String source = ORIGINAL.substring(sentence.startOffset(), sentence.endOffset());
            assertThat(source).as(text).startsWith(text.substring(0, 1)).endsWith(text.substring(text.length() - 1));
            String sourceLines = String.join("", lines.subList(sentence.firstLine() - 1, sentence.lastLine()));
            assertThat(withoutMarkup(sourceLines)).as("lines %d-%d", sentence.firstLine(), sentence.lastLine())
                    .contains(withoutMarkup(text));
        }
    }

    /** Independent of the reader: drops emphasis, escapes, link targets and all whitespace. */
    private static String withoutMarkup(String s) {
        return s.replaceAll("\\]\\([^)]*\\)", "").replaceAll("[*_\\\\\\[\\]\\s]", "");
    }

    @Test
    void windowsAndOldMacLineEndingsGiveTheSameSentences() {
        assertThat(view(sentences(ORIGINAL.replace("\n", "\r\n")))).isEqualTo(view(SENTENCES));
        assertThat(view(sentences(ORIGINAL.replace("\n", "\r")))).isEqualTo(view(SENTENCES));
    }

    private static List<String> view(List<Sentence> sentences) {
        return sentences.stream()
                .map(s -> s.index() + " " + SpeakerLabels.of(s) + " " + s.firstLine() + "-" + s.lastLine() + " " + s.text())
                .toList();
    }

    @Test
    void theTaiwanArticleLosesItsShortcodeImagesAndCaption() {
        String taiwan = Fixtures.text(Fixtures.taiwanArticle());
        Article article = new ArticleReader().read(Fixtures.taiwanArticle(), taiwan);
        List<Sentence> sentences = new ChineseSentenceSplitter().split(article);

        assertThat(article.metadata().get("title")).isEqualTo("北風機器人執行長海倫·帕克：倉儲機器人的關鍵是軟體");
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "北風機器人執行長海倫·帕克近期接受Podcast節目專訪，分享了她對倉儲自動化的看法。",
                "她認為，硬體每年都在變便宜，真正的挑戰在於軟體。",
                "軟體與資料",
                "帕克指出，北風機器人目前在三個國家運行約4000臺機器人。",
                "她強調：「讓一百臺機器人在同一條通道裡互不相撞，才是最難的部分。」",
                "為了做到這一點，團隊把路線規劃軟體重寫了三次，並建立了一套即時資料平臺。",
                "每臺機器人都透過網際網路把資料傳回伺服器，再由人工智慧模型計算下一步的路線。",
                "對使用者的意義",
                "帕克表示，去年公司培訓了600名員工，讓他們負責維修與監督機器人。",
                "她預測，五年內一半的新倉庫都會使用機器人揀貨。");
        assertThat(sentences.get(0).firstLine()).isEqualTo(12);
        assertThat(sentences).extracting(SpeakerLabels::of).containsOnlyNulls();
    }
}
