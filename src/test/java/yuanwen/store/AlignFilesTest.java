package yuanwen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.SharedData;
import yuanwen.glossary.GlossaryFile;
import yuanwen.read.BadInputException;
import yuanwen.script.Conversions;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedDocument.Span;
import yuanwen.store.AlignedDocument.Status;

/**
 * Seed 003 against the Nadella transcript, from files to {@code aligned/NAME.json}, with the shipped
 * glossary, as {@code align} runs it.
 */
@Tag("corpus")
class AlignFilesTest {

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

    private AlignFiles.Outcome run(Path zh, String name) {
        return align.run(new AlignFiles.Request(zh, SharedData.nadellaTranscript(), name, false, GlossaryFile.DEFAULT),
                QUIET);
    }

    private static Pair pairOf(AlignedDocument document, String chinese) {
        return document.pairs().stream().filter(p -> p.zh().text().contains(chinese)).findFirst().orElseThrow();
    }

    @Test
    void storesPairsWithTimesSpeakersEvidenceAndTheUnalignedSummary() {
        AlignedDocument document = run(SharedData.seed(3), "nadella").document();

        assertThat(document.zh().format()).isEqualTo("article");
        assertThat(document.zh().script()).isEqualTo("simplified");
        assertThat(document.en().format()).isEqualTo("whisper");
        assertThat(document.en().sha256()).matches("[0-9a-f]{64}");
        assertThat(document.glossary().entries()).isGreaterThan(400);
        Pair azure = pairOf(document, "660亿美元");
        assertThat(azure.en().text()).contains("$66 billion run rate");
        assertThat(azure.en().start()).isEqualTo(61.48);
        assertThat(azure.zh().speaker()).isEqualTo("主持人Brad");
        assertThat(azure.bead()).isEqualTo("1-1");
        assertThat(azure.evidence()).anyMatch(e -> e.kind().equals("number") && e.en().equals("$66 billion"));
        assertThat(azure.status()).isEqualTo(Status.auto);
        // The translator's summary and bio come before the heading 访谈全文 and have no English.
        assertThat(document.unalignedZh()).anyMatch(s -> s.text().startsWith("内容提要"));
        assertThat(document.pairs()).allMatch(p -> p.zh().firstLine() >= 51);
        // Every sentence once: in a pair or unaligned.
        int zhCovered = document.pairs().stream().mapToInt(p -> p.zh().ids().size()).sum() + document.unalignedZh().size();
        int enCovered = document.pairs().stream().mapToInt(p -> p.en().ids().size()).sum() + document.unalignedEn().size();
        assertThat(zhCovered).isEqualTo(document.zh().sentences());
        assertThat(enCovered).isEqualTo(document.en().sentences());
    }

    @Test
    void acceptedAndEditedPairsSurviveARunAndFixTheRest() {
        AlignedDocument first = run(SharedData.seed(3), "nadella").document();
        Pair accepted = pairOf(first, "1992年加入微软");
        Pair edited = pairOf(first, "2009 年推出了 Bing 搜索");
        // The reviewer extends the Bing pair by the English sentence before it.
        Span before = first.pairs().get(first.pairs().indexOf(edited) - 1).en();
        Span longer = new Span(List.of(before.ids().get(before.ids().size() - 1), edited.en().ids().get(0)),
                "(edited)", edited.en().speaker(), before.firstLine(), edited.en().lastLine(), before.startOffset(),
                edited.en().endOffset(), before.start(), edited.en().end());
        List<Pair> reviewed = new ArrayList<>();
        for (Pair p : first.pairs()) {
            reviewed.add(p.id().equals(accepted.id()) ? p.withStatus(Status.accepted)
                    : p.id().equals(edited.id()) ? p.withEnglish(longer, "1-2") : p);
        }
        store.save(new AlignedDocument(first.schemaVersion(), first.name(), first.zh(), first.en(), first.glossary(),
                first.parameters(), reviewed, first.unalignedZh(), first.unalignedEn()));

        AlignFiles.Outcome again = run(SharedData.seed(3), "nadella");

        assertThat(again.fixed()).isEqualTo(2);
        assertThat(again.document().parameters()).containsEntry("fixedPairs", 2);
        Pair keptAccepted = pairOf(again.document(), "1992年加入微软");
        assertThat(keptAccepted.status()).isEqualTo(Status.accepted);
        assertThat(keptAccepted.en().ids()).isEqualTo(accepted.en().ids());
        Pair keptEdited = pairOf(again.document(), "2009 年推出了 Bing 搜索");
        assertThat(keptEdited.status()).isEqualTo(Status.edited);
        assertThat(keptEdited.en().ids()).isEqualTo(longer.ids());
        assertThat(keptEdited.en().text()).contains("You launched Bing Search in 2009.");
        assertThat(keptEdited.bead()).isEqualTo("1-2");
        assertThat(store.fileOf("nadella").resolveSibling("nadella.json.bak")).exists();
    }

    @Test
    void reviewedPairsFollowTheirTextWhenTheArticleChanges() throws Exception {
        Path article = dir.resolve("003.md");
        Files.copy(SharedData.seed(3), article);
        AlignedDocument first = run(article, "edited-article").document();
        Pair accepted = pairOf(first, "1992年加入微软");
        store.save(new AlignedDocument(first.schemaVersion(), first.name(), first.zh(), first.en(), first.glossary(),
                first.parameters(), first.pairs().stream().map(p -> p == accepted ? p.withStatus(Status.accepted) : p)
                .toList(), first.unalignedZh(), first.unalignedEn()));
        // Two new sentences at the top shift every id by two.
        Files.writeString(article, "编者按：这是一篇译文。请读者注意。\n\n" + Files.readString(article), StandardCharsets.UTF_8);

        AlignedDocument again = run(article, "edited-article").document();

        Pair moved = pairOf(again, "1992年加入微软");
        assertThat(moved.status()).isEqualTo(Status.accepted);
        assertThat(moved.zh().ids().get(0)).isEqualTo(accepted.zh().ids().get(0) + 2);
        assertThat(moved.en().ids()).isEqualTo(accepted.en().ids());
    }

    @Test
    void aTaiwanStyleArticleAlignsLikeItsSimplifiedForm() throws Exception {
        Path taiwan = dir.resolve("003.zh-TW.md");
        Files.writeString(taiwan, Conversions.standard().get("s2twp")
                .convert(Files.readString(SharedData.seed(3), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        AlignedDocument simplified = run(SharedData.seed(3), "s").document();
        AlignedDocument traditional = run(taiwan, "t").document();

        assertThat(traditional.zh().script()).startsWith("traditional");
        assertThat(traditional.pairs()).hasSameSizeAs(simplified.pairs());
        long same = 0;
        for (int k = 0; k < simplified.pairs().size(); k++) {
            Pair s = simplified.pairs().get(k);
            Pair t = traditional.pairs().get(k);
            if (s.zh().ids().equals(t.zh().ids()) && s.en().ids().equals(t.en().ids())) {
                same++;
            }
        }
        assertThat(same).isEqualTo(simplified.pairs().size());
        assertThat(pairOf(traditional, "1992年加入微軟").en().text()).contains("you started at Microsoft in 1992");
    }

    @Test
    void aHandBrokenFileStopsTheRunAndIsKept() throws Exception {
        Path file = store.fileOf("nadella");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\": 1, \"pairs\": [\n");
        Path article = SharedData.seed(3); // outside the lambda: a missing ../shared skips the test

        assertThatThrownBy(() -> run(article, "nadella"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nadella.json:");
        assertThat(Files.readString(file)).isEqualTo("{\"schemaVersion\": 1, \"pairs\": [\n");
    }

    @Test
    void swappedSidesAreRefusedBeforeAnythingIsWritten() {
        Path transcript = SharedData.nadellaTranscript(); // outside the lambda: a missing ../shared skips the test
        Path article = SharedData.seed(3);
        assertThatThrownBy(() -> align.run(new AlignFiles.Request(transcript, article,
                "swapped", false, null), QUIET))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nadella-bg2-2024-12.en.txt")
                .hasMessageContaining("is English, not Chinese");
        assertThat(store.exists("swapped")).isFalse();
    }

    @Test
    void editingAPairTakesTheEnglishFromTheSourceAndKeepsEverySentenceOnce() {
        AlignedDocument document = run(SharedData.seed(3), "nadella").document();
        Pair greeting = pairOf(document, "很高兴能与你们在一起");
        int before = greeting.en().ids().get(0) - 1; // "Well, it's great to be with you.", left unaligned
        assertThat(document.unalignedEn()).anyMatch(s -> s.ids().equals(List.of(before)));

        AlignedDocument edited = new PairEdit().withEnglish(document, greeting.id(),
                PairEdit.parseIds(before + "-" + greeting.en().ids().get(0)));

        Pair pair = pairOf(edited, "很高兴能与你们在一起");
        assertThat(pair.status()).isEqualTo(Status.edited);
        assertThat(pair.en().text()).startsWith("Well, it's great to be with you. When Bill and I were talking");
        assertThat(pair.en().start()).isEqualTo(15.16); // after the [MUSIC PLAYING] cue, 12.26-15.16
        assertThat(pair.bead()).isEqualTo(greeting.zh().ids().size() + "-2");
        assertThat(edited.unalignedEn()).noneMatch(s -> s.ids().contains(before));
        Pair next = edited.pairs().get(edited.pairs().indexOf(pair) + 1);
        assertThatThrownBy(() -> new PairEdit().withEnglish(edited, pair.id(), next.en().ids()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to pair " + next.id());
    }

    @Test
    void anUntimedSourceGivesPairsWithoutTimes() throws Exception {
        // The transcript without its [start --> end] stamps: plain English text.
        Path plain = dir.resolve("nadella.txt");
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(SharedData.nadellaTranscript(), StandardCharsets.UTF_8)) {
            text.append(line.replaceFirst("^\\[[^]]*\\]\\s*", "")).append('\n');
        }
        Files.writeString(plain, text, StandardCharsets.UTF_8);

        AlignedDocument document = align.run(new AlignFiles.Request(SharedData.seed(3), plain, "plain", false,
                GlossaryFile.DEFAULT), QUIET).document();

        assertThat(document.en().format()).isEqualTo("plain");
        assertThat(document.pairs()).hasSizeGreaterThan(500).allMatch(p -> p.en().start() == null && p.en().end() == null);
        assertThat(pairOf(document, "660亿美元").en().text()).contains("$66 billion run rate");
    }
}
