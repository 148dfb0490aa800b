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
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
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
 * and writes {@code OUT/aligned/NAME.json} per pair plus one Parquet table of all aligned pairs,
 * {@code OUT/pairs.parquet} (the columns of {@link CorpusPair}). A pair already in {@code OUT}
 * whose inputs are unchanged is skipped, and its reviewed pairs carry over, as in the batch.
 *
 * <p>Shipped data is loaded once per executor, not per pair: OpenCC's tables, CC-CEDICT and the
 * OpenNLP models come with the job's jar and load on first use into static holders of the
 * executor's JVM; the glossary is parsed once per executor from the broadcast bytes.
 *
 * <pre>spark-submit --class yuanwen.spark.AlignJob target/yuanwen-spark.jar \
 *     --manifest hdfs:///corpus/manifest.tsv --out hdfs:///corpus/out [--glossary PATH|none] [--pre-split] [--force]</pre>
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
        SparkSession spark = SparkSession.builder().appName("yuanwen align").getOrCreate();
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

    public static Summary run(SparkSession spark, Options options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Manifest manifest = Manifest.parse(TextDecoder.decode(java.nio.file.Path.of(options.manifest()),
                readAll(hadoop, options.manifest())).text(), options.manifest(), options.preSplit());
        Broadcast<GlossaryBytes> glossary = context.broadcast(options.glossary() == null ? null
                : new GlossaryBytes(options.glossary(), readAll(hadoop, options.glossary())));
        Broadcast<SerializableConfiguration> conf = context.broadcast(new SerializableConfiguration(hadoop));
        int slices = Math.max(1, Math.min(manifest.entries().size(), context.defaultParallelism() * 4));
        // Largest first, dealt round-robin, so that partitions carry about the same work.
        List<Manifest.Entry> entries = new ArrayList<>(manifest.entries());
        Map<Manifest.Entry, Long> sizes = new HashMap<>();
        entries.forEach(e -> sizes.put(e, size(hadoop, e.zh()) + size(hadoop, e.en())));
        entries.sort(Comparator.<Manifest.Entry>comparingLong(sizes::get).reversed()
                .thenComparingInt(Manifest.Entry::line));
        List<Manifest.Entry> dealt = new ArrayList<>(entries.size());
        for (int slice = 0; slice < slices; slice++) {
            for (int k = slice; k < entries.size(); k += slices) {
                dealt.add(entries.get(k));
            }
        }
        JavaRDD<Aligned> aligned = context.parallelize(dealt, slices)
                .mapPartitions(pairs -> alignPartition(pairs, options, glossary.value(), conf.value().value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> table = spark.createDataFrame(aligned.flatMap(a -> a.rows().iterator()), PARQUET_SCHEMA);
            table.write().mode(SaveMode.Overwrite).parquet(new Path(options.out(), "pairs.parquet").toString());
            List<Outcome> outcomes = new ArrayList<>(aligned.map(Aligned::outcome).collect());
            outcomes.sort(Comparator.comparingInt(Outcome::line));
            long rows = outcomes.stream().mapToLong(Outcome::pairs).sum();
            return new Summary(outcomes, rows);
        } finally {
            aligned.unpersist(false);
        }
    }

    /** One pair's result with its Parquet rows. */
    record Aligned(Outcome outcome, List<Row> rows) implements Serializable {
    }

    static final StructType PARQUET_SCHEMA = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("zhIds", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("enIds", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("bead", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("status", DataTypes.StringType, false)
            .add("zh", DataTypes.StringType, false)
            .add("en", DataTypes.StringType, false)
            .add("zhSource", DataTypes.StringType, false)
            .add("enSource", DataTypes.StringType, false)
            .add("video", DataTypes.StringType, true)
            .add("start", DataTypes.DoubleType, true)
            .add("end", DataTypes.DoubleType, true)
            .add("speaker", DataTypes.StringType, true);

    private static Row row(CorpusPair p) {
        return RowFactory.create(p.name(), p.id(), p.zhIds().toArray(new Integer[0]), p.enIds().toArray(new Integer[0]),
                p.bead(), p.score(), p.status(), p.zh(), p.en(), p.zhSource(), p.enSource(), p.video(), p.start(),
                p.end(), p.speaker());
    }

    /** Runs on an executor: the pairs of one partition, one after the other, on this task's thread. */
    private static Iterator<Aligned> alignPartition(Iterator<Manifest.Entry> pairs, Options options,
                                                    GlossaryBytes glossaryBytes, Configuration hadoop) throws IOException {
        Worker worker = Worker.current();
        LoadedGlossary glossary = glossaryBytes == null ? null : Worker.glossary(glossaryBytes);
        List<Aligned> out = new ArrayList<>();
        while (pairs.hasNext()) {
            out.add(worker.align(pairs.next(), options, glossary, hadoop));
        }
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
                    upload(stored, remote, outFs);
                }
                List<Row> rows = new ArrayList<>();
                if (result.document() != null) {
                    AlignedExports.corpusPairs(result.document()).forEach(p -> rows.add(row(p)));
                }
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
