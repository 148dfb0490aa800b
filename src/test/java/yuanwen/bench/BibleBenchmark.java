package yuanwen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import yuanwen.SharedData;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.segment.Sentence;

/**
 * The Bible, the large-document case: aligns document 006 (42,687 Chinese and 30,000 English
 * sentences, pre-split), prints wall time and peak heap, writes {@code target/bench/bible/006.txt}
 * and scores it with verse merging (the benchmark README's options).
 *
 * <p>Run with the heap capped at 1 GB to show it fits:
 * <pre>
 * MAVEN_OPTS=-Xmx1g mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=yuanwen.bench.BibleBenchmark -Dexec.args=006
 * </pre>
 * The time printed is for {@link Aligner#align} alone, dictionary already loaded (it is loaded
 * once per process; the load is printed separately).
 */
public final class BibleBenchmark {

    private BibleBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String doc = args.length > 0 ? args[0] : "006";
        Path bench = SharedData.resolve("bench/bible");
        Path out = Path.of("target", "bench", "bible");
        Files.createDirectories(out);
        List<Sentence> zh = MacBenchmark.preSplit(bench.resolve("zh/" + doc + ".txt"));
        List<Sentence> en = MacBenchmark.preSplit(bench.resolve("en/" + doc + ".txt"));
        AlignParameters parameters = Tuning.parameters();
        Tuning.showStageTimes();
        Aligner aligner = new Aligner();
        long loadStart = System.nanoTime();
        aligner.align(zh.subList(0, 5), en.subList(0, 5), parameters);
        double load = (System.nanoTime() - loadStart) / 1e9;
        resetPeaks();
        long started = System.nanoTime();
        Alignment alignment = aligner.align(zh, en, parameters);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "doc %s: %,d zh + %,d en sentences, %,d beads%n", doc, zh.size(), en.size(),
                alignment.beads().size());
        System.out.printf(Locale.ROOT, "align: %.2f s wall (dictionary load and warm-up before: %.2f s), "
                + "peak heap %,d MB (max heap %,d MB), %d cores%n", seconds, load, peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        Path file = out.resolve(doc + ".txt");
        Files.writeString(file, alignment.vecalign(), StandardCharsets.UTF_8);
        Scorer.run(bench.resolve("gold"), out, "--docs", doc, "--src-verse", bench.resolve("verse/zh.txt").toString(),
                "--tgt-verse", bench.resolve("verse/en.txt").toString());
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
