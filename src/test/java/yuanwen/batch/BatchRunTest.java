package yuanwen.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.batch.BatchRun.PairResult;
import yuanwen.batch.BatchRun.State;
import yuanwen.review.AlignRun;
import yuanwen.review.PairReview;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.text.BadInputException;

/** Many pairs from a manifest: in parallel, each failure on its own, skipping what is current. */
class BatchRunTest {

    private static final Consumer<String> QUIET = stage -> { };

    @TempDir
    Path dir;

    Path manifestFile;
    AlignedStore store;

    @BeforeEach
    void layOut() throws Exception {
        manifestFile = BatchCorpus.layOut(dir);
        store = new AlignedStore(dir.resolve("aligned"));
    }

    private BatchRun.Report run(int jobs, boolean force) {
        return new BatchRun(store).run(Manifest.read(manifestFile, false), new BatchRun.Settings(jobs, force, null),
                result -> { });
    }

    private static Map<String, PairResult> byName(BatchRun.Report report) {
        return report.results().stream().collect(Collectors.toMap(r -> r.entry().name(), r -> r));
    }

    @Test
    void alignsTheGoodPairsAndReportsEachBadOneWithItsFileAndProblem() {
        BatchRun.Report report = run(2, false);

        Map<String, PairResult> results = byName(report);
        BatchCorpus.GOOD.forEach(name -> assertThat(results.get(name).state()).as(name).isEqualTo(State.ALIGNED));
        assertThat(store.names()).containsExactlyInAnyOrderElementsOf(BatchCorpus.GOOD);
        Path texts = dir.resolve("texts");
        assertThat(results.get("missing").problem()).isEqualTo(texts.resolve("missing.zh.md") + ": no such file");
        assertThat(results.get("broken").problem()).startsWith(texts.resolve("broken.zh.txt") + ": undecodable bytes");
        assertThat(results.get("swapped").problem()).startsWith(texts.resolve("bakery.en.txt") + ": is English, not Chinese");
        assertThat(report.failures()).hasSize(3).noneMatch(PairResult::internal);
        assertThat(report.results()).extracting(r -> r.entry().name())
                .as("results in the manifest's order").containsExactly("bakery", "interview", "missing",
                        "interview-captions", "broken", "swapped");
    }

    @Test
    void storesEachPairAsTheSingleAlignCommandDoesWithTheVideoOnTheEnglishSide() throws Exception {
        run(2, false);

        AlignedStore single = new AlignedStore(dir.resolve("single"));
        Path texts = dir.resolve("texts");
        new AlignRun(single).run(new AlignRun.Request(texts.resolve("interview.zh.md"), texts.resolve("interview.en.srt"),
                "interview-captions", false, null).withVideo(BatchCorpus.VIDEO), QUIET);
        assertThat(Files.readString(store.fileOf("interview-captions")))
                .isEqualTo(Files.readString(single.fileOf("interview-captions")));
        assertThat(store.load("interview-captions").en().video()).isEqualTo(BatchCorpus.VIDEO);
        assertThat(store.load("interview").en().video()).isNull();
        assertThat(Files.readString(store.fileOf("interview"))).doesNotContain("\"video\"");
    }

    @Test
    void twoJobsWriteTheSameBytesAsOne() throws Exception {
        run(1, false);
        List<byte[]> one = new ArrayList<>();
        for (String name : BatchCorpus.GOOD) {
            one.add(Files.readAllBytes(store.fileOf(name)));
        }
        run(2, true);
        for (int k = 0; k < BatchCorpus.GOOD.size(); k++) {
            assertThat(Files.readAllBytes(store.fileOf(BatchCorpus.GOOD.get(k)))).isEqualTo(one.get(k));
        }
    }

    @Test
    void aSecondRunSkipsPairsWhoseFilesAndSettingsAreUnchangedAndRedoesTheChangedOne() throws Exception {
        run(2, false);
        FileTime bakeryWritten = Files.getLastModifiedTime(store.fileOf("bakery"));
        Path english = dir.resolve("texts").resolve("interview.en.txt");
        Files.writeString(english, Files.readString(english, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);

        Map<String, PairResult> again = byName(run(2, false));

        assertThat(again.get("bakery").state()).isEqualTo(State.UNCHANGED);
        assertThat(again.get("interview-captions").state()).isEqualTo(State.UNCHANGED);
        assertThat(again.get("interview").state()).as("its English file changed").isEqualTo(State.ALIGNED);
        assertThat(again.get("missing").state()).isEqualTo(State.FAILED);
        assertThat(Files.getLastModifiedTime(store.fileOf("bakery"))).isEqualTo(bakeryWritten);
        assertThat(again.get("bakery").document().links()).isNotEmpty();
    }

    @Test
    void aDifferentGlossaryOrSplittingIsAChangeAndForceRedoesEverything() throws Exception {
        run(1, false);
        Path glossary = dir.resolve("terms.json");
        Files.writeString(glossary, """
                {
                  "schemaVersion": 1,
                  "entries": [
                    {"id": "person.tom-baker", "type": "person",
                     "zh": [{"form": "汤姆·贝克", "status": "preferred"}],
                     "en": [{"form": "Tom Baker", "status": "preferred"}]}
                  ]
                }
                """);
        BatchRun.Report withGlossary = new BatchRun(store).run(Manifest.read(manifestFile, false),
                new BatchRun.Settings(2, false, glossary), result -> { });
        assertThat(withGlossary.count(State.ALIGNED)).isEqualTo(BatchCorpus.GOOD.size());
        assertThat(store.load("bakery").glossary().sha256()).matches("[0-9a-f]{64}");

        BatchRun.Report forced = run(2, true);
        assertThat(forced.count(State.ALIGNED)).isEqualTo(BatchCorpus.GOOD.size());
        assertThat(forced.count(State.UNCHANGED)).isZero();
    }

    @Test
    void aRunStoppedHalfwayRedoesOnlyThePairsItHadNotFinished() throws Exception {
        run(2, false);
        // As a killed batch leaves it: the pairs it had finished are stored, the others are not.
        Files.delete(store.fileOf("interview"));

        Map<String, PairResult> resumed = byName(run(2, false));

        assertThat(resumed.get("interview").state()).isEqualTo(State.ALIGNED);
        assertThat(resumed.get("bakery").state()).isEqualTo(State.UNCHANGED);
        assertThat(resumed.get("interview-captions").state()).isEqualTo(State.UNCHANGED);
    }

    @Test
    void reviewedPairsCarryOverWhenAForcedBatchAlignsAgain() {
        run(1, false);
        AlignmentFile bakery = store.load("bakery");
        String accepted = bakery.links().get(1).id();
        store.save("bakery", PairReview.accept(bakery, List.of(accepted)));

        run(2, false);
        assertThat(store.load("bakery").link(accepted).orElseThrow().status()).as("skipped: kept as reviewed")
                .isEqualTo(Status.ACCEPTED);
        PairResult forced = byName(run(2, true)).get("bakery");
        assertThat(forced.state()).isEqualTo(State.ALIGNED);
        assertThat(forced.fixed()).isEqualTo(1);
        assertThat(store.load("bakery").link(accepted).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void tellsTheListenerOfEveryPairOnce() {
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        new BatchRun(store).run(Manifest.read(manifestFile, false), new BatchRun.Settings(2, false, null),
                result -> told.add(result.entry().name()));
        assertThat(told).containsExactlyInAnyOrder("bakery", "interview", "missing", "interview-captions", "broken",
                "swapped");
    }

    @Test
    void aGlossaryGivenAsASupplierIsReadOnceByTheBatchAndRecordedWithEveryPair() throws Exception {
        Path glossary = dir.resolve("terms.json");
        Files.writeString(glossary, """
                {
                  "schemaVersion": 1,
                  "entries": [
                    {"id": "place.harbour-street", "type": "place",
                     "zh": [{"form": "海港街", "status": "preferred"}],
                     "en": [{"form": "Harbour Street", "status": "preferred"}]}
                  ]
                }
                """);
        List<String> reads = Collections.synchronizedList(new ArrayList<>());

        BatchRun.Report report = new BatchRun(store).run(Manifest.read(manifestFile, false),
                new BatchRun.Settings(2, false, null, () -> {
                    reads.add(Thread.currentThread().getName());
                    return AlignRun.LoadedGlossary.load(glossary);
                }), result -> { });

        assertThat(reads).as("read once, by the thread that ran the batch").containsExactly(
                Thread.currentThread().getName());
        assertThat(report.count(State.ALIGNED)).isEqualTo(BatchCorpus.GOOD.size());
        String sha = yuanwen.text.Sha256.of(glossary);
        BatchCorpus.GOOD.forEach(name -> assertThat(store.load(name).glossary().sha256()).as(name).isEqualTo(sha));
    }

    @Test
    void aBrokenGlossaryStopsTheBatchBeforeAnyPair() throws Exception {
        Path glossary = dir.resolve("broken.json");
        Files.writeString(glossary, "{\"entries\": [");

        assertThatThrownBy(() -> new BatchRun(store).run(Manifest.read(manifestFile, false),
                new BatchRun.Settings(2, false, glossary), result -> { }))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith(glossary.toString());
        assertThat(store.names()).isEmpty();
    }
}
