package yuanwen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.batch.BatchCorpus;
import yuanwen.batch.BatchRun;
import yuanwen.batch.Manifest;
import yuanwen.glossary.GlossaryFile;
import yuanwen.store.AlignedExports;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;

/**
 * The Spark job in local mode ({@code local[2]}) on the batch test collection: the same JSON as
 * the batch command's, byte for byte, a Parquet table of the same pairs, the bad pairs reported by
 * name, and a second run that skips what is unchanged.
 */
class AlignJobTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("yuanwen-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private AlignJob.Summary runJob(Path manifest, boolean force) {
        return AlignJob.run(JavaSparkContext.fromSparkContext(spark.sparkContext()), new AlignJob.Options(manifest.toString(), dir.resolve("spark").toString(),
                GlossaryFile.DEFAULT.toString(), false, force));
    }

    @Test
    void writesTheBatchCommandsJsonByteForByteAndOneParquetTableOfAllPairs() throws Exception {
        Path manifest = BatchCorpus.layOut(dir);
        AlignedStore batchStore = new AlignedStore(dir.resolve("batch").resolve("aligned"));
        BatchRun.Report batch = new BatchRun(batchStore).run(Manifest.read(manifest, false),
                new BatchRun.Settings(2, false, GlossaryFile.DEFAULT), result -> { });

        AlignJob.Summary job = runJob(manifest, false);

        AlignedStore sparkStore = new AlignedStore(dir.resolve("spark").resolve("aligned"));
        assertThat(sparkStore.names()).containsExactlyInAnyOrderElementsOf(BatchCorpus.GOOD);
        for (String name : BatchCorpus.GOOD) {
            assertThat(Files.readAllBytes(sparkStore.fileOf(name))).as(name)
                    .isEqualTo(Files.readAllBytes(batchStore.fileOf(name)));
        }
        Map<String, String> states = job.outcomes().stream()
                .collect(Collectors.toMap(AlignJob.Outcome::name, AlignJob.Outcome::state));
        BatchCorpus.GOOD.forEach(name -> assertThat(states).containsEntry(name, "aligned"));
        BatchCorpus.BAD.forEach(name -> assertThat(states).containsEntry(name, "failed"));
        assertThat(job.failed()).isEqualTo(batch.count(BatchRun.State.FAILED)).isEqualTo(3);
        // Problems name the manifest's paths, as the batch does, never a task's local copy.
        Map<String, String> problems = job.outcomes().stream().filter(o -> o.problem() != null)
                .collect(Collectors.toMap(AlignJob.Outcome::name, AlignJob.Outcome::problem));
        batch.failures().forEach(f -> assertThat(problems).containsEntry(f.entry().name(), f.problem()));

        Dataset<Row> table = spark.read().parquet(dir.resolve("spark").resolve("pairs.parquet").toString());
        List<AlignmentFile> stored = BatchCorpus.GOOD.stream().map(batchStore::load).toList();
        List<AlignedExports.CorpusPair> expected = stored.stream().flatMap(d -> AlignedExports.corpusPairs(d).stream())
                .toList();
        assertThat(table.count()).isEqualTo(expected.size()).isEqualTo(job.parquetRows());
        AlignedExports.CorpusPair captioned = expected.stream().filter(p -> p.name().equals("interview-captions"))
                .filter(p -> p.start() != null).findFirst().orElseThrow();
        Row row = table.where(table.col("name").equalTo(captioned.name()).and(table.col("id").equalTo(captioned.id())))
                .first();
        assertThat(row.<String>getAs("zh")).isEqualTo(captioned.zh());
        assertThat(row.<String>getAs("en")).isEqualTo(captioned.en());
        assertThat(row.<Double>getAs("score")).isEqualTo(captioned.score());
        assertThat(row.<Double>getAs("start")).isEqualTo(captioned.start());
        assertThat(row.<String>getAs("video")).isEqualTo(BatchCorpus.VIDEO);
        assertThat(row.<String>getAs("speaker")).isEqualTo(captioned.speaker());
        assertThat(row.getList(row.fieldIndex("zhIds"))).isEqualTo(captioned.zhIds());
    }

    @Test
    void aSecondRunSkipsUnchangedPairsAndForceAlignsThemAgainKeepingTheOldFileAsBak() throws Exception {
        Path manifest = BatchCorpus.layOut(dir);
        runJob(manifest, false);
        Path bakery = dir.resolve("spark").resolve("aligned").resolve("bakery.json");
        FileTime first = Files.getLastModifiedTime(bakery);
        byte[] bytes = Files.readAllBytes(bakery);
        Path backup = bakery.resolveSibling("bakery.json.bak");
        assertThat(backup).as("nothing was replaced yet").doesNotExist();

        AlignJob.Summary again = runJob(manifest, false);
        Map<String, String> states = again.outcomes().stream()
                .collect(Collectors.toMap(AlignJob.Outcome::name, AlignJob.Outcome::state));
        BatchCorpus.GOOD.forEach(name -> assertThat(states).containsEntry(name, "unchanged"));
        assertThat(Files.getLastModifiedTime(bakery)).isEqualTo(first);

        AlignJob.Summary forced = runJob(manifest, true);
        assertThat(forced.outcomes().stream().filter(o -> o.state().equals("aligned")).map(AlignJob.Outcome::name))
                .containsExactlyInAnyOrderElementsOf(BatchCorpus.GOOD);
        assertThat(Files.readAllBytes(bakery)).isEqualTo(bytes);
        // As the batch keeps it: the alignment the forced run replaced.
        assertThat(Files.readAllBytes(backup)).isEqualTo(bytes);
    }

    @Test
    void partitionsCarryAboutEqualWorkAndTheHeaviestStartsFirst() {
        // One large pair, a few middling ones and many small ones, as in a season of interviews.
        List<Manifest.Entry> entries = new java.util.ArrayList<>();
        List<Long> sizes = new java.util.ArrayList<>();
        for (int k = 0; k < 30; k++) {
            entries.add(new Manifest.Entry(k + 2, "pair-" + k, "zh/" + k, "en/" + k, null, false));
            sizes.add(k == 7 ? 900L : k % 5 == 0 ? 300L : 40L + k);
        }
        long[] bytes = sizes.stream().mapToLong(Long::longValue).toArray();

        List<java.util.ArrayList<Manifest.Entry>> partitions = AlignJob.partitions(entries, bytes, 2);

        assertThat(partitions).hasSize(8);
        assertThat(partitions.stream().flatMap(List::stream).map(Manifest.Entry::name))
                .as("every pair once").containsExactlyInAnyOrderElementsOf(entries.stream().map(Manifest.Entry::name).toList());
        List<Long> work = partitions.stream()
                .map(p -> p.stream().mapToLong(e -> bytes[entries.indexOf(e)]).sum()).toList();
        assertThat(work).as("heaviest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(partitions.get(0)).as("the large pair alone in the first task")
                .containsExactly(entries.get(7));
        long total = work.stream().mapToLong(Long::longValue).sum();
        assertThat(work.subList(1, work.size())).as("the others within a small pair of their share")
                .allSatisfy(w -> assertThat(w).isBetween((total - 900) / 7 - 80, (total - 900) / 7 + 80));
    }
}
