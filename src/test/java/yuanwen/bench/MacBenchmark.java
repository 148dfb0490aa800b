package yuanwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import yuanwen.SharedData;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.align.Bead;
import yuanwen.read.SourceSpan;
import yuanwen.segment.Sentence;

/**
 * MAC (Bertalign's manually aligned literary chapters): aligns every chapter with pre-split
 * sentences (each input line is one sentence, as {@code --pre-split}), writes the beads in Vecalign
 * format to {@code target/bench/mac-<set>/NNN.txt} and runs the benchmark's scorer on them.
 *
 * <p>Run (tune on dev only; test is for the final figure):
 * <pre>
 * mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=yuanwen.bench.MacBenchmark -Dexec.args=dev
 * </pre>
 * then {@code -Dexec.args=test}.
 */
public final class MacBenchmark {

    private MacBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String set = args.length > 0 ? args[0] : "dev";
        if (!set.equals("dev") && !set.equals("test")) {
            throw new IllegalArgumentException("usage: MacBenchmark dev|test");
        }
        Path bench = SharedData.resolve("bench/mac-" + set);
        Path out = Path.of("target", "bench", "mac-" + set);
        Files.createDirectories(out);
        AlignParameters parameters = Tuning.parameters();
        Aligner aligner = new Aligner();
        long started = System.nanoTime();
        List<Path> chapters;
        try (Stream<Path> files = Files.list(bench.resolve("zh"))) {
            chapters = files.sorted().toList();
        }
        int[] pairs = new int[SCORE_BINS];
        int[] right = new int[SCORE_BINS];
        for (Path zhFile : chapters) {
            String name = zhFile.getFileName().toString();
            List<Sentence> zh = preSplit(zhFile);
            List<Sentence> en = preSplit(bench.resolve("en").resolve(name));
            Alignment alignment = aligner.align(zh, en, parameters);
            Files.writeString(out.resolve(name), alignment.vecalign(), StandardCharsets.UTF_8);
            Set<String> gold = new HashSet<>(Files.readAllLines(bench.resolve("gold").resolve(name)));
            for (Bead bead : alignment.alignedBeads()) {
                int bin = Math.min(SCORE_BINS - 1, (int) (bead.score() * SCORE_BINS));
                pairs[bin]++;
                right[bin] += gold.contains(bead.vecalign()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "aligned %d chapters in %.2f s%n", chapters.size(),
                (System.nanoTime() - started) / 1e9);
        // How far the 0-1 score can be read as the chance that a pair is exactly right.
        System.out.println("score      pairs  exactly right");
        for (int b = 0; b < SCORE_BINS; b++) {
            System.out.printf(Locale.ROOT, "%.1f-%.1f  %6d  %s%n", (double) b / SCORE_BINS, (double) (b + 1) / SCORE_BINS,
                    pairs[b], pairs[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) right[b] / pairs[b]));
        }
        Scorer.run(bench.resolve("gold"), out);
    }

    private static final int SCORE_BINS = 5;

    /** One sentence per line, the way the benchmark was split. */
    static List<Sentence> preSplit(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Sentence> sentences = new ArrayList<>(lines.size());
        int offset = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            sentences.add(Sentence.untimed(k, line, SourceSpan.ofLine(k + 1, offset, offset + line.length())));
            offset += line.length() + 1;
        }
        return sentences;
    }
}
