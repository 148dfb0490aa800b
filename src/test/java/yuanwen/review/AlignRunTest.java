package yuanwen.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.SharedData;
import yuanwen.align.AlignModel;
import yuanwen.glossary.GlossaryFile;
import yuanwen.read.Speaker;
import yuanwen.script.Conversions;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;
import yuanwen.store.AlignmentFile;
import yuanwen.text.BadInputException;
import yuanwen.text.Json;


/**
 * From files to {@code aligned/NAME.json} as {@code align} runs it: a small interview of our own
 * (in {@code src/test/resources/yuanwen/review}), and, when {@code ../shared} is there, seed 003
 * against the Nadella transcript with the shipped glossary.
 */
class AlignRunTest {

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

    /** The bakery interview: a Markdown article with speaker labels and a named-speaker transcript. */
    static Path[] bakery(Path dir) throws Exception {
        Path zh = dir.resolve("bakery.zh.md");
        Path en = dir.resolve("bakery.en.txt");
        Files.copy(AlignRunTest.class.getResourceAsStream("bakery.zh.md"), zh);
        Files.copy(AlignRunTest.class.getResourceAsStream("bakery.en.txt"), en);
        return new Path[] {zh, en};
    }

    private AlignRun.Outcome runBakery(Path[] files, String name) {
        return align.run(new AlignRun.Request(files[0], files[1], name, false, null), QUIET);
    }

    private static Link linkOf(AlignmentFile file, String chinese) {
        return file.links().stream().filter(l -> file.zhSpan(l).text().contains(chinese)).findFirst().orElseThrow();
    }

    /** Skips the test (counted as a corpus test) when ../shared is missing. */
    private static boolean sharedData() {
        SharedData.root();
        return true;
    }

    @Test
    void storesEverySentenceOnceWithSpeakersAndLinksThemById() throws Exception {
        AlignmentFile file = runBakery(bakery(dir), "bakery").document();

        assertThat(file.schemaVersion()).isEqualTo(2);
        assertThat(file.zh().format()).isEqualTo("article");
        assertThat(file.zh().script()).isEqualTo("simplified");
        assertThat(file.en().format()).isEqualTo("transcript");
        assertThat(file.en().sha256()).matches("[0-9a-f]{64}");
        assertThat(file.glossary()).isNull();
        List<StoredSentence> english = file.en().sentences();
        assertThat(english.get(0).text()).isEqualTo("Welcome to the show.");
        assertThat(english.get(0).speaker()).isEqualTo(new Speaker("Anna Lee", 1));
        assertThat(english.get(2).speaker()).isEqualTo(new Speaker("Tom Baker", 2));
        Link opened = linkOf(file, "2015年开了这家面包店");
        assertThat(file.enSpan(opened).text()).isEqualTo("I opened this bakery in 2015 with just two ovens.");
        assertThat(opened.type()).isEqualTo("1-1");
        assertThat(opened.evidence()).anyMatch(e -> e.kind().equals("number") && e.en().equals("2015"));
        assertThat(file.zhSpan(opened).speaker()).isEqualTo(new Speaker("汤姆", null));
        // The summary before the interview has no English.
        assertThat(file.unalignedZh()).anyMatch(id -> file.zh().sentences().get(id).text().startsWith("内容提要"));
        // Every sentence once: in a link or unaligned.
        int zhCovered = file.links().stream().mapToInt(l -> l.zh().size()).sum() + file.unalignedZh().size();
        int enCovered = file.links().stream().mapToInt(l -> l.en().size()).sum() + file.unalignedEn().size();
        assertThat(zhCovered).isEqualTo(file.zh().sentences().size());
        assertThat(enCovered).isEqualTo(file.en().sentences().size());
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        Path[] files = bakery(dir);
        Path first = runBakery(files, "bakery").file();
        byte[] bytes = Files.readAllBytes(first);

        runBakery(files, "bakery");

        assertThat(store.fileOf("bakery")).hasBinaryContent(bytes);
    }

    @Test
    void theStoredParametersHoldTheAlignersModelAsItIsAndARerunIsCurrent() throws Exception {
        Path[] files = bakery(dir);
        AlignRun.Request request = new AlignRun.Request(files[0], files[1], "bakery", false, null);
        assertThat(align.isCurrent(request, null)).isFalse();

        align.run(request, QUIET);
        AlignmentFile stored = store.load("bakery");

        assertThat(stored.parameters()).containsOnlyKeys("preSplit", "model", "learnTable", "fixedPairs");
        assertThat(Json.MAPPER.convertValue(stored.parameters().get("model"), AlignModel.class))
                .isEqualTo(AlignModel.standard());
        assertThat(align.isCurrent(request, null)).isTrue();
    }

    @Test
    void reviewedPairsSurviveARunAndFixTheRest() throws Exception {
        Path[] files = bakery(dir);
        AlignmentFile first = runBakery(files, "bakery").document();
        Link accepted = linkOf(first, "酸面包最受欢迎");
        Link thanks = linkOf(first, "谢谢你，汤姆");
        Link rejected = linkOf(first, "为什么要那么久");
        // The closing thanks translates only "Thank you, Tom.", not the goodbye after it.
        AlignmentFile reviewed = PairReview.reject(PairReview.accept(first, List.of(accepted.id())), List.of(rejected.id()));
        reviewed = new PairReview().edit(reviewed, thanks.id(), List.of(thanks.en().get(0))).file();
        store.save("bakery", reviewed);

        AlignRun.Outcome again = runBakery(files, "bakery");

        assertThat(again.fixed()).isEqualTo(2);
        assertThat(again.document().parameters()).containsEntry("fixedPairs", 2);
        assertThat(again.document().link(accepted.id()).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
        Link keptEdit = again.document().link(thanks.id()).orElseThrow();
        assertThat(keptEdit.status()).isEqualTo(Status.EDITED);
        assertThat(again.document().enSpan(keptEdit).text()).isEqualTo("Thank you, Tom.");
        assertThat(again.document().link(rejected.id()).orElseThrow().status()).isEqualTo(Status.REJECTED);
        assertThat(store.fileOf("bakery").resolveSibling("bakery.json.bak")).exists();
    }

    @Test
    void reviewedPairsFollowTheirSentencesWhenTheArticleChanges() throws Exception {
        Path[] files = bakery(dir);
        AlignmentFile first = runBakery(files, "bakery").document();
        Link accepted = linkOf(first, "酸面包最受欢迎");
        store.save("bakery", PairReview.accept(first, List.of(accepted.id())));
        // Two new sentences at the top shift every Chinese id by two.
        Files.writeString(files[0], "编者按：这是一篇译文。请读者注意。\n\n" + Files.readString(files[0]), StandardCharsets.UTF_8);

        AlignRun.Outcome again = runBakery(files, "bakery");

        Link moved = linkOf(again.document(), "酸面包最受欢迎");
        assertThat(moved.status()).isEqualTo(Status.ACCEPTED);
        assertThat(moved.zh().get(0)).isEqualTo(accepted.zh().get(0) + 2);
        assertThat(moved.en()).isEqualTo(accepted.en());
        assertThat(again.fixed()).isEqualTo(1);
        assertThat(again.notes()).isEmpty();
    }

    @Test
    void reviewedPairsWhoseSentencesAreGoneAreReported() throws Exception {
        Path[] files = bakery(dir);
        AlignmentFile first = runBakery(files, "bakery").document();
        store.save("bakery", PairReview.accept(first, List.of(linkOf(first, "酸面包最受欢迎").id())));
        Files.writeString(files[0], Files.readString(files[0]).replace("我们的酸面包最受欢迎。", "我们的黑麦面包最好卖。"));

        AlignRun.Outcome again = runBakery(files, "bakery");

        assertThat(again.fixed()).isZero();
        assertThat(again.notes()).singleElement().asString().startsWith("1 reviewed pair(s) of the previous run");
    }

    @Test
    void aHandBrokenFileStopsTheRunAndIsKept() throws Exception {
        Path file = store.fileOf("bakery");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\": 2, \"links\": [\n");

        assertThatThrownBy(() -> runBakery(bakery(dir), "bakery"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bakery.json:");
        assertThat(Files.readString(file)).isEqualTo("{\"schemaVersion\": 2, \"links\": [\n");
    }

    @Test
    void swappedSidesAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path[] files = bakery(dir);
        assertThatThrownBy(() -> align.run(new AlignRun.Request(files[1], files[0], "swapped", false, null), QUIET))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bakery.en.txt")
                .hasMessageContaining("is English, not Chinese");
        assertThat(store.exists("swapped")).isFalse();
    }

    // The real pair, when ../shared is there.

    private AlignRun.Outcome runNadella(Path zh, String name) {
        return align.run(new AlignRun.Request(zh, SharedData.nadellaTranscript(), name, false, GlossaryFile.DEFAULT),
                QUIET);
    }

    @Test
    void seed003StoresPairsWithTimesSpeakersEvidenceAndTheUnalignedSummary() {
        Assumptions.assumeTrue(sharedData(), "../shared not present");
        AlignmentFile file = runNadella(SharedData.seed(3), "nadella").document();

        assertThat(file.en().format()).isEqualTo("whisper");
        assertThat(file.glossary().entries()).isGreaterThan(400);
        Link azure = linkOf(file, "660亿美元");
        assertThat(file.enSpan(azure).text()).contains("$66 billion run rate");
        assertThat(file.enSpan(azure).start()).isEqualTo(61.48);
        assertThat(file.enSpan(azure).speaker()).isEqualTo(new Speaker(null, 1));
        assertThat(file.zhSpan(azure).speaker()).isEqualTo(new Speaker("主持人Brad", null));
        assertThat(azure.evidence()).anyMatch(e -> e.kind().equals("number") && e.en().equals("$66 billion"));
        assertThat(file.unalignedZh()).anyMatch(id -> file.zh().sentences().get(id).text().startsWith("内容提要"));
        assertThat(file.links()).allMatch(l -> file.zhSpan(l).firstLine() >= 51);
    }

    @Test
    void aTaiwanStyleArticleAlignsLikeItsSimplifiedForm() throws Exception {
        Assumptions.assumeTrue(sharedData(), "../shared not present");
        Path taiwan = dir.resolve("003.zh-TW.md");
        Files.writeString(taiwan, Conversions.standard().get("s2twp")
                .convert(Files.readString(SharedData.seed(3), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        AlignmentFile simplified = runNadella(SharedData.seed(3), "s").document();
        AlignmentFile traditional = runNadella(taiwan, "t").document();

        assertThat(traditional.zh().script()).isEqualTo("traditional-taiwan");
        // tw2sp does not undo s2twp everywhere (显着/显著, 萨提亚/萨蒂亚, 应用进程/应用程序 come back
        // as other words), so the document's statistics differ a little and a close call between
        // two neighbouring beads may go the other way: at most one pair in 200 may differ.
        java.util.Set<String> simplifiedLinks = new java.util.HashSet<>();
        simplified.links().forEach(l -> simplifiedLinks.add(l.zh() + ":" + l.en()));
        long differing = traditional.links().stream().filter(l -> !simplifiedLinks.contains(l.zh() + ":" + l.en())).count();
        assertThat(differing).isLessThanOrEqualTo(simplified.links().size() / 200);
        assertThat(traditional.enSpan(linkOf(traditional, "1992年加入微軟")).text())
                .contains("you started at Microsoft in 1992");
    }

    @Test
    void anUntimedSourceGivesSentencesWithoutTimes() throws Exception {
        Assumptions.assumeTrue(sharedData(), "../shared not present");
        // The transcript without its [start --> end] stamps: plain English text.
        Path plain = dir.resolve("nadella.txt");
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(SharedData.nadellaTranscript(), StandardCharsets.UTF_8)) {
            text.append(line.replaceFirst("^\\[[^]]*\\]\\s*", "")).append('\n');
        }
        Files.writeString(plain, text, StandardCharsets.UTF_8);

        AlignmentFile file = align.run(new AlignRun.Request(SharedData.seed(3), plain, "plain", false,
                GlossaryFile.DEFAULT), QUIET).document();

        assertThat(file.en().format()).isEqualTo("plain");
        assertThat(file.links()).hasSizeGreaterThan(500);
        assertThat(file.en().sentences()).allMatch(s -> s.time() == null);
        assertThat(file.enSpan(linkOf(file, "660亿美元")).text()).contains("$66 billion run rate");
    }
}
