package yuanwen.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;
import yuanwen.glossary.GlossaryFile;
import yuanwen.script.Conversions;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Span;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile;
import yuanwen.text.BadInputException;

/**
 * The invented interview (fixtures/interview.*) from files to {@code aligned/NAME.json}, with the
 * shipped glossary, as {@code align} runs it.
 */
class InterviewAlignRunTest {

    private static final Consumer<String> QUIET = stage -> { };

    @TempDir
    Path dir;

    AlignedStore store;
    AlignRun align;

    @BeforeEach
    void storeInTempFolder() {
        store = new AlignedStore(dir.resolve("aligned"));
        align = new AlignRun(store);
    }

    private AlignmentFile run(Path zh, Path en, String name) {
        return align.run(new AlignRun.Request(zh, en, name, false, GlossaryFile.DEFAULT), QUIET).document();
    }

    private AlignmentFile run(Path zh, String name) {
        return run(zh, Fixtures.interviewTranscript(), name);
    }

    /** A pair with its Chinese and English spans, as the user sees it. */
    record Pair(Link link, Span zh, Span en) {
    }

    private static Pair pairOf(AlignmentFile document, String chinese) {
        return document.links().stream().map(l -> new Pair(l, document.zhSpan(l), document.enSpan(l)))
                .filter(p -> p.zh().text().equals(chinese)).findFirst()
                .orElseThrow(() -> new AssertionError("no pair for " + chinese));
    }

    private static List<String> beads(AlignmentFile document) {
        return document.links().stream().map(l -> l.zh() + ":" + l.en()).toList();
    }

    private static List<String> unalignedZhTexts(AlignmentFile document) {
        return document.unalignedZh().stream().map(id -> document.zh().sentences().get(id).text()).toList();
    }

    @Test
    void storesPairsWithTimesSpeakersAndEvidenceAndLeavesTheTranslatorsPartsUnaligned() {
        AlignmentFile document = run(Fixtures.interviewArticle(), "park");

        assertThat(document.zh().format()).isEqualTo("article");
        assertThat(document.zh().script()).isEqualTo("simplified");
        assertThat(document.zh().sentences()).hasSize(36);
        assertThat(document.en().format()).isEqualTo("whisper");
        assertThat(document.en().sentences()).hasSize(25);
        assertThat(document.en().sha256()).matches("[0-9a-f]{64}");
        Pair revenue = pairOf(document, "去年我们的收入是1.2亿美元，比前年增长了40%。");
        assertThat(revenue.en().text()).isEqualTo("Last year our revenue was $120 million, up 40% from the year before.");
        assertThat(revenue.en().start()).isEqualTo(48.08);
        assertThat(revenue.en().end()).isEqualTo(54.82);
        assertThat(revenue.en().firstLine()).isEqualTo(19);
        assertThat(revenue.zh().speaker().shown()).isEqualTo("海伦·帕克");
        assertThat(revenue.zh().firstLine()).isEqualTo(36);
        assertThat(revenue.link().type()).isEqualTo("1-1");
        assertThat(revenue.link().evidence()).anyMatch(e -> e.kind().equals("number") && e.en().equals("$120 million"));
        assertThat(revenue.link().status()).isEqualTo(Status.AUTO);
        assertThat(pairOf(document, "海伦，欢迎来到节目。").zh().speaker().shown()).isEqualTo("主持人Brad");
        // The summary and bio come before 访谈全文 (line 24) and have no English; nor has the
        // translator's own remark.
        assertThat(unalignedZhTexts(document)).contains("内容提要", "帕克认为，仓库机器人的难点不在硬件，而在软件。", "海伦·帕克简介",
                        "和很多创业公司一样，我们也是从一个小问题开始的。");
        assertThat(document.links()).allMatch(l -> document.zhSpan(l).firstLine() >= 24);
        int zhCovered = document.links().stream().mapToInt(l -> l.zh().size()).sum() + document.unalignedZh().size();
        int enCovered = document.links().stream().mapToInt(l -> l.en().size()).sum() + document.unalignedEn().size();
        assertThat(zhCovered).isEqualTo(36);
        assertThat(enCovered).isEqualTo(25);
    }

    @Test
    void anAcceptedPairSurvivesARunAndFollowsItsTextWhenTheArticleChanges() throws Exception {
        Path article = dir.resolve("interview.md");
        Files.copy(Fixtures.interviewArticle(), article);
        AlignmentFile first = run(article, "park");
        Pair accepted = pairOf(first, "我们在三个国家运行着大约4000台机器人。");
        store.save("park", PairReview.accept(first, List.of(accepted.link().id())));
        // An editor's note at the top shifts every Chinese id by two.
        Files.writeString(article, Files.readString(article).replace("# 专访", "编者按：这是一篇译文。请读者注意。\n\n# 专访"),
                StandardCharsets.UTF_8);

        AlignRun.Outcome again = align.run(new AlignRun.Request(article, Fixtures.interviewTranscript(), "park",
                false, GlossaryFile.DEFAULT), QUIET);

        assertThat(again.fixed()).isEqualTo(1);
        Pair moved = pairOf(again.document(), "我们在三个国家运行着大约4000台机器人。");
        assertThat(moved.link().status()).isEqualTo(Status.ACCEPTED);
        assertThat(moved.zh().ids().get(0)).isEqualTo(accepted.zh().ids().get(0) + 2);
        assertThat(moved.en().ids()).isEqualTo(accepted.en().ids());
        assertThat(store.fileOf("park").resolveSibling("park.json.bak")).exists();
    }

    @Test
    void aTaiwanStyleCopyAlignsLikeTheSimplifiedArticleAndKeepsItsScript() throws Exception {
        Path taiwan = dir.resolve("interview.zh-TW.md");
        Files.writeString(taiwan, Conversions.standard().get("s2twp").convert(Fixtures.text(Fixtures.interviewArticle())),
                StandardCharsets.UTF_8);

        AlignmentFile simplified = run(Fixtures.interviewArticle(), "s");
        AlignmentFile traditional = run(taiwan, "t");

        assertThat(traditional.zh().script()).startsWith("traditional");
        assertThat(beads(traditional)).containsExactlyElementsOf(beads(simplified));
        assertThat(pairOf(traditional, "去年我們的收入是1.2億美元，比前年增長了40%。").en().text())
                .isEqualTo("Last year our revenue was $120 million, up 40% from the year before.");
    }

    @Test
    void subRipCaptionsAndAnUntimedCopyGiveTheSamePairsWithTheirOwnTimes() throws Exception {
        Path plain = dir.resolve("interview.en.plain.txt");
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(Fixtures.interviewTranscript(), StandardCharsets.UTF_8)) {
            text.append(line.replaceFirst("^\\[[^]]*\\]\\s*", "")).append('\n');
        }
        Files.writeString(plain, text, StandardCharsets.UTF_8);

        AlignmentFile whisper = run(Fixtures.interviewArticle(), "whisper");
        AlignmentFile captions = run(Fixtures.interviewArticle(), Fixtures.interviewCaptions(), "srt");
        AlignmentFile untimed = run(Fixtures.interviewArticle(), plain, "plain");

        assertThat(captions.en().format()).isEqualTo("srt");
        assertThat(untimed.en().format()).isEqualTo("plain");
        assertThat(beads(captions)).isEqualTo(beads(whisper));
        String revenue = "去年我们的收入是1.2亿美元，比前年增长了40%。";
        assertThat(pairOf(captions, revenue).en().start()).isEqualTo(48.08); // the caption 00:00:48,080 --> 00:00:54,820
        assertThat(untimed.links()).allMatch(l -> untimed.enSpan(l).start() == null && untimed.enSpan(l).end() == null);
        assertThat(pairOf(untimed, revenue).en().text()).isEqualTo(pairOf(whisper, revenue).en().text());
    }

    @Test
    void swappedSidesAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> run(Fixtures.interviewTranscript(), Fixtures.interviewArticle(), "swapped"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("interview.en.txt")
                .hasMessageContaining("is English, not Chinese");
        assertThat(store.exists("swapped")).isFalse();
    }

    @Test
    void anEditCannotTakeTheEnglishOfAnotherPair() {
        AlignmentFile document = run(Fixtures.interviewArticle(), "park");
        Pair thanks = pairOf(document, "谢谢你邀请我。");
        Link next = document.links().get(document.links().indexOf(thanks.link()) + 1);

        assertThatThrownBy(() -> new PairReview().edit(document, thanks.link().id(),
                List.of(thanks.en().ids().get(0), next.en().get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(next.id());
    }
}
