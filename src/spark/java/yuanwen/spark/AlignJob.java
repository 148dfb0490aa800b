package yuanwen.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import yuanwen.batch.BatchRun;
import yuanwen.batch.BatchRun.PairResult;
import yuanwen.batch.BatchRun.State;
import yuanwen.batch.Manifest;
import yuanwen.review.AlignRun;
import yuanwen.review.AlignRun.LoadedGlossary;
import yuanwen.store.AlignedExports;
import yuanwen.store.AlignedExports.CorpusPair;
import yuanwen.store.AlignedStore;
import yuanwen.text.BadInputException;
import yuanwen.text.TextDecoder;

/**
 * The batch of {@code align --manifest} on Apache Spark, for collections larger than one machine.
 * The driver reads the manifest and the glossary through Hadoop's file systems (local paths, HDFS,
 * object stores) and broadcasts the glossary's bytes; each task aligns its pairs with the batch's
 * own code ({@link BatchRun#alignOne}, so the JSON is byte for byte what the batch command writes),
 * and writes {@code OUT/aligned/NAME.json} per pair (the one it replaces kept as
 * {@code NAME.json.bak}, as the batch keeps it) plus one Parquet table of all aligned pairs,
 * {@code OUT/pairs.parquet} (the columns of {@link CorpusPair}; {@link PairsTable}: one file a
 * partition, written by its task). A pair already in {@code OUT} whose inputs are unchanged is
 * skipped, and its reviewed pairs carry over, as in the batch. The pairs are dealt to partitions of
 * equal work, heaviest first ({@link #partitions}), so that the cores finish together.
 *
 * <p>Shipped data is loaded once per executor, not per pair: OpenCC's tables, CC-CEDICT and the
 * OpenNLP models come with the job's jar and load on first use into static holders of the
 * executor's JVM; the glossary is parsed once per executor from the broadcast bytes.
 *
 * <pre>spark-submit --class yuanwen.spark.AlignJob target/yuanwen-spark.jar \
 *     --manifest hdfs:///corpus/manifest.tsv --out hdfs:///corpus/out [--glossary PATH|none] [--pre-split] [--force]</pre>
 * In local mode ({@code --master local[N]}) this JVM is also the executor, and the aligner's data
 * is read while Spark starts.
 */
public final class AlignJob {

    /** What a run of the job did: one result a manifest line, in its order. */
    public record Summary(List<Outcome> outcomes, long parquetRows) {

        public long failed() {
            return outcomes.stream().filter(o -> o.state().equals(State.FAILED.label())).count();
        }
    }

    /** One pair's result as it comes back to the driver. */
    public record Outcome(int line, String name, String state, String problem, int sentences, int pairs)
            implements Serializable {
    }

    /**
     * @param manifest the manifest's Hadoop path
     * @param out      the output folder (Hadoop path): {@code aligned/} and {@code pairs.parquet} go there
     * @param glossary the glossary's Hadoop path, or null for none
     */
    public record Options(String manifest, String out, String glossary, boolean preSplit, boolean force)
            implements Serializable {
    }

    /** The glossary as broadcast: its path as given (stored with each alignment) and its bytes. */
    record GlossaryBytes(String path, byte[] bytes) implements Serializable {
    }

    private AlignJob() {
    }

    public static void main(String[] args) {
        Options options = parse(args);
        if (new SparkConf().get("spark.master", "").startsWith("local")) {
            // In local mode this JVM is the executor too: its tasks' data (CC-CEDICT, OpenCC's
            // tables, the fitted model) is read while Spark starts, on the second core.
            BatchRun.readAhead();
        }
        // A Spark context, no SQL session: the Parquet table is written by the tasks themselves
        // (see PairsTable); Spark SQL's planning and code generation for that one write took 5.3 s
        // of CPU in local[2] for 15,000 rows, more than aligning the benchmark's TED talks.
        JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("yuanwen align"));
        int status;
        try {
            Summary summary = run(spark, options);
            print(summary);
            status = summary.failed() > 0 ? 1 : 0;
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            status = 1;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    public static Summary run(JavaSparkContext context, Options options) {
        Configuration hadoop = context.hadoopConfiguration();
        Manifest manifest = Manifest.parse(TextDecoder.decode(java.nio.file.Path.of(options.manifest()),
                readAll(hadoop, options.manifest())).text(), options.manifest(), options.preSplit());
        Broadcast<GlossaryBytes> glossary = context.broadcast(options.glossary() == null ? null
                : new GlossaryBytes(options.glossary(), readAll(hadoop, options.glossary())));
        Broadcast<SerializableConfiguration> conf = context.broadcast(new SerializableConfiguration(hadoop));
        List<Manifest.Entry> entries = manifest.entries();
        long[] sizes = entries.stream().mapToLong(e -> size(hadoop, e.zh()) + size(hadoop, e.en())).toArray();
        List<ArrayList<Manifest.Entry>> partitions = partitions(entries, sizes, context.defaultParallelism());
        Path table = new Path(options.out(), "pairs.parquet");
        try {
            PairsTable.clear(table, hadoop);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + table, e);
        }
        // One list of pairs a partition: parallelize cuts a collection into slices of equal counts,
        // and these partitions have equal work instead.
        List<Outcome> outcomes = new ArrayList<>(context.parallelize(partitions, partitions.size())
                .mapPartitions(lists -> alignPartition(lists, options, glossary.value(), conf.value().value()))
                .collect());
        try {
            PairsTable.finish(table, hadoop);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + table, e);
        }
        outcomes.sort(Comparator.comparingInt(Outcome::line));
        long rows = outcomes.stream().mapToLong(Outcome::pairs).sum();
        return new Summary(outcomes, rows);
    }

    /**
     * The pairs in partitions of about equal work (input bytes), largest pairs first, and the
     * partitions in the order of their work, heaviest first (Spark starts a stage's tasks in
     * partition order): a pair runs in a task of its own until there are four tasks a core, then
     * each next-largest pair joins the lightest partition so far. The heaviest partition starts
     * first, and the last tasks to start are the lightest, so that no core idles at the end while
     * another finishes a large pair; BatchBenchmark's Nadella pair, a tenth of its bytes, is alone in
     * the first task.
     */
    static List<ArrayList<Manifest.Entry>> partitions(List<Manifest.Entry> entries, long[] sizes, int cores) {
        Integer[] order = new Integer[entries.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingLong(k -> -sizes[k])
                .thenComparingInt(k -> entries.get(k).line()));
        int count = Math.max(1, Math.min(entries.size(), cores * 4));
        List<ArrayList<Manifest.Entry>> partitions = new ArrayList<>();
        long[] work = new long[count];
        for (int k = 0; k < count; k++) {
            partitions.add(new ArrayList<>());
        }
        for (int k : order) {
            int lightest = 0;
            for (int p = 1; p < count; p++) {
                if (work[p] < work[lightest]) {
                    lightest = p;
                }
            }
            partitions.get(lightest).add(entries.get(k));
            work[lightest] += sizes[k] + 1;
        }
        Integer[] byWork = new Integer[count];
        for (int p = 0; p < count; p++) {
            byWork[p] = p;
        }
        java.util.Arrays.sort(byWork, Comparator.<Integer>comparingLong(p -> -work[p]).thenComparingInt(p -> p));
        List<ArrayList<Manifest.Entry>> ordered = new ArrayList<>();
        for (int p : byWork) {
            ordered.add(partitions.get(p));
        }
        return ordered;
    }

    /** One pair's result with its Parquet rows. */
    record Aligned(Outcome outcome, List<CorpusPair> rows) {
    }

    /**
     * Runs on an executor: the pairs of one partition, one after the other, on this task's thread,
     * then their rows as this partition's file of the Parquet table.
     */
    private static Iterator<Outcome> alignPartition(Iterator<? extends List<Manifest.Entry>> lists, Options options,
                                                    GlossaryBytes glossaryBytes, Configuration hadoop) throws IOException {
        BatchRun.readAhead();
        Worker worker = Worker.current();
        LoadedGlossary glossary = glossaryBytes == null ? null : Worker.glossary(glossaryBytes);
        List<Outcome> out = new ArrayList<>();
        List<CorpusPair> rows = new ArrayList<>();
        while (lists.hasNext()) {
            for (Manifest.Entry pair : lists.next()) {
                Aligned aligned = worker.align(pair, options, glossary, hadoop);
                out.add(aligned.outcome());
                rows.addAll(aligned.rows());
            }
        }
        PairsTable.writePart(new Path(options.out(), "pairs.parquet"), TaskContext.getPartitionId(), rows, hadoop);
        return out.iterator();
    }

    /**
     * A task thread's tools: its own {@link AlignRun} (the segmenters are not shared between threads)
     * on a local store, and a folder for local copies of remote inputs. Executor-wide: the glossary.
     */
    static final class Worker {

        private static final ThreadLocal<Worker> WORKERS = ThreadLocal.withInitial(Worker::new);
        private static final Map<String, LoadedGlossary> GLOSSARIES = new ConcurrentHashMap<>();

        private final java.nio.file.Path folder;
        private final AlignedStore store;
        private final AlignRun run;

        private Worker() {
            try {
                folder = Files.createTempDirectory("yuanwen-spark-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = new AlignedStore(folder.resolve("aligned"));
            run = new AlignRun(store);
        }

        static Worker current() {
            return WORKERS.get();
        }

        /** The broadcast glossary, parsed and compiled once in this executor. */
        static LoadedGlossary glossary(GlossaryBytes bytes) {
            return GLOSSARIES.computeIfAbsent(bytes.path() + "\n" + java.util.Arrays.hashCode(bytes.bytes()), key -> {
                try {
                    java.nio.file.Path file = Files.createTempFile("yuanwen-glossary-", ".json");
                    Files.write(file, bytes.bytes());
                    return LoadedGlossary.load(file, bytes.path());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        Aligned align(Manifest.Entry entry, Options options, LoadedGlossary glossary, Configuration hadoop)
                throws IOException {
            Map<String, java.nio.file.Path> local = new HashMap<>();
            java.nio.file.Path pairFolder = folder.resolve("in-" + UUID.randomUUID());
            Path remote = new Path(new Path(options.out(), "aligned"), entry.name() + ".json");
            java.nio.file.Path stored = store.fileOf(entry.name());
            try {
                Files.createDirectories(store.folder());
                Files.deleteIfExists(stored);
                Files.deleteIfExists(backup(stored));
                FileSystem outFs = remote.getFileSystem(hadoop);
                if (outFs.exists(remote)) {
                    // The alignment from an earlier run: for carry-over of its review, and to skip it if current.
                    try (InputStream in = outFs.open(remote)) {
                        Files.copy(in, stored);
                    }
                }
                for (String path : List.of(entry.zh(), entry.en())) {
                    local.put(path, localCopy(path, pairFolder, hadoop));
                }
                PairResult result = BatchRun.alignOne(run, entry, glossary, options.force(),
                        path -> local.get(path).toString());
                if (result.state() == State.ALIGNED) {
                    if (Files.exists(backup(stored))) {
                        // The alignment this one replaces, kept beside it as the batch keeps it
                        // (the store wrote it here from the copy of the earlier run's file).
                        upload(backup(stored), new Path(remote.getParent(), remote.getName() + ".bak"), outFs);
                    }
                    upload(stored, remote, outFs);
                }
                List<CorpusPair> rows = result.document() == null ? List.of()
                        : AlignedExports.corpusPairs(result.document());
                String problem = result.problem();
                if (problem != null) {
                    for (Map.Entry<String, java.nio.file.Path> copy : local.entrySet()) {
                        problem = problem.replace(copy.getValue().toString(), copy.getKey());
                    }
                }
                return new Aligned(new Outcome(entry.line(), entry.name(), result.state().label(), problem,
                        result.sentences(), rows.size()), rows);
            } catch (BadInputException e) {
                return new Aligned(new Outcome(entry.line(), entry.name(), State.FAILED.label(), e.getMessage(), 0, 0),
                        List.of());
            } finally {
                deleteTree(pairFolder);
            }
        }

        /** Where the store keeps the file it replaced ({@code NAME.json.bak}). */
        private static java.nio.file.Path backup(java.nio.file.Path stored) {
            return stored.resolveSibling(stored.getFileName() + ".bak");
        }

        /**
         * A local file to read a manifest path from: the file itself on the local file system, else
         * a copy in this pair's folder. A missing file is left missing, for the run to report.
         */
        private static java.nio.file.Path localCopy(String path, java.nio.file.Path pairFolder, Configuration hadoop)
                throws IOException {
            Path source = new Path(path);
            FileSystem fs = source.getFileSystem(hadoop);
            if (fs instanceof LocalFileSystem) {
                URI uri = source.toUri();
                return java.nio.file.Path.of(uri.getScheme() == null ? path : uri.getPath());
            }
            java.nio.file.Path copy = pairFolder.resolve(Integer.toHexString(path.hashCode()) + "-" + source.getName());
            Files.createDirectories(pairFolder);
            if (!fs.exists(source)) {
                return copy;
            }
            try (InputStream in = fs.open(source)) {
                Files.copy(in, copy);
            }
            return copy;
        }

        /** Writes beside the target and renames, so that a killed task leaves the old file or the new one. */
        private static void upload(java.nio.file.Path file, Path remote, FileSystem fs) throws IOException {
            Path temp = new Path(remote.getParent(), "." + remote.getName() + "." + UUID.randomUUID() + ".tmp");
            fs.mkdirs(remote.getParent());
            try (FSDataOutputStream out = fs.create(temp, true)) {
                Files.copy(file, out);
            }
            fs.delete(remote, false);
            if (!fs.rename(temp, remote)) {
                throw new IOException("cannot rename " + temp + " to " + remote);
            }
        }

        private static void deleteTree(java.nio.file.Path dir) {
            if (!Files.exists(dir)) {
                return;
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temp folder left behind is harmless; the task's result is what matters.
            }
        }
    }

    private static byte[] readAll(Configuration hadoop, String path) {
        Path file = new Path(path);
        try {
            FileSystem fs = file.getFileSystem(hadoop);
            if (!fs.exists(file)) {
                throw new BadInputException(java.nio.file.Path.of(path), "no such file");
            }
            try (InputStream in = fs.open(file)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new BadInputException(java.nio.file.Path.of(path), "cannot be read: " + e.getMessage());
        }
    }

    private static long size(Configuration hadoop, String path) {
        try {
            Path file = new Path(path);
            return file.getFileSystem(hadoop).getFileStatus(file).getLen();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void print(Summary summary) {
        for (Outcome o : summary.outcomes()) {
            if (o.problem() != null) {
                System.out.printf(Locale.ROOT, "%s (line %d) failed: %s%n", o.name(), o.line(), o.problem());
            }
        }
        long aligned = summary.outcomes().stream().filter(o -> o.state().equals(State.ALIGNED.label())).count();
        long unchanged = summary.outcomes().stream().filter(o -> o.state().equals(State.UNCHANGED.label())).count();
        System.out.printf(Locale.ROOT, "%d pairs: %d aligned, %d unchanged, %d failed; %d rows in pairs.parquet%n",
                summary.outcomes().size(), aligned, unchanged, summary.failed(), summary.parquetRows());
    }

    static Options parse(String[] args) {
        String manifest = null;
        String out = null;
        String glossary = null;
        boolean preSplit = false;
        boolean force = false;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--manifest" -> manifest = value(args, ++k);
                case "--out" -> out = value(args, ++k);
                case "--glossary" -> glossary = value(args, ++k);
                case "--pre-split" -> preSplit = true;
                case "--force" -> force = true;
                default -> usage("unknown option " + args[k]);
            }
        }
        if (manifest == null || out == null) {
            usage("--manifest and --out are required");
        }
        return new Options(manifest, out, "none".equals(glossary) ? null : glossary, preSplit, force);
    }

    private static String value(String[] args, int k) {
        if (k >= args.length) {
            usage(args[k - 1] + " needs a value");
        }
        return args[k];
    }

    private static void usage(String problem) {
        System.err.println("yuanwen.spark.AlignJob: " + problem + "\nusage: AlignJob --manifest PATH --out DIR"
                + " [--glossary PATH|none] [--pre-split] [--force]");
        System.exit(2);
    }
}
