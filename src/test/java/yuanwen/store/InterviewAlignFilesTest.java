package yuanwen.store;

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
import yuanwen.read.BadInputException;
import yuanwen.script.Conversions;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedDocument.Status;

/**
 * The invented interview (fixtures/interview.*) from files to {@code aligned/NAME.json}, with the
 * shipped glossary, as {@code align} runs it.
 */
class InterviewAlignFilesTest {

    private static final Consumer<String> QUIET = stage -> { };

    @TempDir
    Path dir;

    AlignedStore store;
    AlignFiles align;

    @BeforeEach
    void storeInTempFolder() {
        store = new AlignedStore(dir.resolve("aligned"));
        align = new AlignFiles(store);
    }

    private AlignedDocument run(Path zh, Path en, String name) {
        return align.run(new AlignFiles.Request(zh, en, name, false, GlossaryFile.DEFAULT), QUIET).document();
    }

    private AlignedDocument run(Path zh, String name) {
        return run(zh, Fixtures.interviewTranscript(), name);
    }

    private static Pair pairOf(AlignedDocument document, String chinese) {
        return document.pairs().stream().filter(p -> p.zh().text().equals(chinese)).findFirst()
                .orElseThrow(() -> new AssertionError("no pair for " + chinese));
    }

    @Test
    void storesPairsWithTimesSpeakersAndEvidenceAndLeavesTheTranslatorsPartsUnaligned() {
        AlignedDocument document = run(Fixtures.interviewArticle(), "park");

        assertThat(document.zh().format()).isEqualTo("article");
        assertThat(document.zh().script()).isEqualTo("simplified");
        assertThat(document.zh().sentences()).isEqualTo(36);
        assertThat(document.en().format()).isEqualTo("whisper");
        assertThat(document.en().sentences()).isEqualTo(25);
        assertThat(document.en().sha256()).matches("[0-9a-f]{64}");
        Pair revenue = pairOf(document, "去年我们的收入是1.2亿美元，比前年增长了40%。");
        assertThat(revenue.en().text()).isEqualTo("Last year our revenue was $120 million, up 40% from the year before.");
        assertThat(revenue.en().start()).isEqualTo(48.08);
        assertThat(revenue.en().end()).isEqualTo(54.82);
        assertThat(revenue.en().firstLine()).isEqualTo(19);
        assertThat(revenue.zh().speaker()).isEqualTo("海伦·帕克");
        assertThat(revenue.zh().firstLine()).isEqualTo(36);
        assertThat(revenue.bead()).isEqualTo("1-1");
        assertThat(revenue.evidence()).anyMatch(e -> e.kind().equals("number") && e.en().equals("$120 million"));
        assertThat(revenue.status()).isEqualTo(Status.auto);
        assertThat(pairOf(document, "海伦，欢迎来到节目。").zh().speaker()).isEqualTo("主持人Brad");
        // The summary and bio come before 访谈全文 (line 24) and have no English; nor has the
        // translator's own remark.
        assertThat(document.unalignedZh()).extracting(AlignedDocument.Span::text)
                .contains("内容提要", "帕克认为，仓库机器人的难点不在硬件，而在软件。", "海伦·帕克简介",
                        "和很多创业公司一样，我们也是从一个小问题开始的。");
        assertThat(document.pairs()).allMatch(p -> p.zh().firstLine() >= 24);
        int zhCovered = document.pairs().stream().mapToInt(p -> p.zh().ids().size()).sum() + document.unalignedZh().size();
        int enCovered = document.pairs().stream().mapToInt(p -> p.en().ids().size()).sum() + document.unalignedEn().size();
        assertThat(zhCovered).isEqualTo(36);
        assertThat(enCovered).isEqualTo(25);
    }

    @Test
    void anAcceptedPairSurvivesARunAndFollowsItsTextWhenTheArticleChanges() throws Exception {
        Path article = dir.resolve("interview.md");
        Files.copy(Fixtures.interviewArticle(), article);
        AlignedDocument first = run(article, "park");
        Pair accepted = pairOf(first, "我们在三个国家运行着大约4000台机器人。");
        store.save(new AlignedDocument(first.schemaVersion(), first.name(), first.zh(), first.en(), first.glossary(),
                first.parameters(), first.pairs().stream().map(p -> p == accepted ? p.withStatus(Status.accepted) : p)
                .toList(), first.unalignedZh(), first.unalignedEn()));
        // An editor's note at the top shifts every Chinese id by two.
        Files.writeString(article, Files.readString(article).replace("# 专访", "编者按：这是一篇译文。请读者注意。\n\n# 专访"),
                StandardCharsets.UTF_8);

        AlignFiles.Outcome again = align.run(new AlignFiles.Request(article, Fixtures.interviewTranscript(), "park",
                false, GlossaryFile.DEFAULT), QUIET);

        assertThat(again.fixed()).isEqualTo(1);
        Pair moved = pairOf(again.document(), "我们在三个国家运行着大约4000台机器人。");
        assertThat(moved.status()).isEqualTo(Status.accepted);
        assertThat(moved.zh().ids().get(0)).isEqualTo(accepted.zh().ids().get(0) + 2);
        assertThat(moved.en().ids()).isEqualTo(accepted.en().ids());
        assertThat(store.fileOf("park").resolveSibling("park.json.bak")).exists();
    }

    @Test
    void aTaiwanStyleCopyAlignsLikeTheSimplifiedArticleAndKeepsItsScript() throws Exception {
        Path taiwan = dir.resolve("interview.zh-TW.md");
        Files.writeString(taiwan, Conversions.standard().get("s2twp").convert(Fixtures.text(Fixtures.interviewArticle())),
                StandardCharsets.UTF_8);

        AlignedDocument simplified = run(Fixtures.interviewArticle(), "s");
        AlignedDocument traditional = run(taiwan, "t");

        assertThat(traditional.zh().script()).startsWith("traditional");
        assertThat(traditional.pairs()).extracting(p -> p.zh().ids() + ":" + p.en().ids())
                .containsExactlyElementsOf(simplified.pairs().stream().map(p -> p.zh().ids() + ":" + p.en().ids()).toList());
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

        AlignedDocument whisper = run(Fixtures.interviewArticle(), "whisper");
        AlignedDocument captions = run(Fixtures.interviewArticle(), Fixtures.interviewCaptions(), "srt");
        AlignedDocument untimed = run(Fixtures.interviewArticle(), plain, "plain");

        assertThat(captions.en().format()).isEqualTo("srt");
        assertThat(untimed.en().format()).isEqualTo("plain");
        List<String> beads = whisper.pairs().stream().map(p -> p.zh().ids() + ":" + p.en().ids()).toList();
        assertThat(captions.pairs()).extracting(p -> p.zh().ids() + ":" + p.en().ids()).isEqualTo(beads);
        String revenue = "去年我们的收入是1.2亿美元，比前年增长了40%。";
        assertThat(pairOf(captions, revenue).en().start()).isEqualTo(48.08); // the caption 00:00:48,080 --> 00:00:54,820
        assertThat(untimed.pairs()).allMatch(p -> p.en().start() == null && p.en().end() == null);
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
        AlignedDocument document = run(Fixtures.interviewArticle(), "park");
        Pair thanks = pairOf(document, "谢谢你邀请我。");
        Pair next = document.pairs().get(document.pairs().indexOf(thanks) + 1);

        assertThatThrownBy(() -> new PairEdit().withEnglish(document, thanks.id(),
                List.of(thanks.en().ids().get(0), next.en().ids().get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to pair " + next.id());
    }
}
