package yuanwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import yuanwen.SharedData;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.Term;
import yuanwen.glossary.TermType;

/**
 * Glossary speed: loading (JSON + validation), building the matcher (script forms + automata), and
 * matching Chinese text: the five seeds, each matched as one text, repeated to 50 MB of UTF-8. The
 * synthetic glossary has 20,000 entries beside the real ones; half of their Chinese forms are cut
 * from the seeds themselves, so the automaton meets many partial and full matches, as it would
 * with a large real glossary.
 *
 * <p>Run: {@code mvn -o -q -B test-compile exec:java -Dexec.mainClass=yuanwen.bench.GlossaryBenchmark}
 */
public final class GlossaryBenchmark {

    private static final int SYNTHETIC_ENTRIES = 20_000;
    private static final long TARGET_BYTES = 50_000_000L;
    private static final int RUNS = 3;

    private GlossaryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            seeds.add(Files.readString(SharedData.seed(i), StandardCharsets.UTF_8));
        }
        Glossary real = timedLoad("real glossary", Path.of("glossary", "glossary.json"));
        Path synthetic = Files.createTempFile("yuanwen-glossary-20k", ".json");
        try {
            Files.writeString(synthetic, GlossaryFile.format(synthetic(real, seeds)));
            System.out.printf(Locale.ROOT, "synthetic file: %,d bytes%n", Files.size(synthetic));
            timedLoad("synthetic glossary", synthetic); // warm the JSON reader
            Glossary large = timedLoad("synthetic glossary", synthetic);
            measureMatching("real glossary", real, seeds);
            measureMatching("real + 20,000 synthetic", large, seeds);
        } finally {
            Files.deleteIfExists(synthetic);
        }
    }

    private static Glossary timedLoad(String label, Path file) {
        long started = System.nanoTime();
        Glossary glossary = GlossaryFile.load(file);
        System.out.printf(Locale.ROOT, "load %s: %,d entries in %.3f s%n", label, glossary.size(),
                (System.nanoTime() - started) / 1e9);
        return glossary;
    }

    private static void measureMatching(String label, Glossary glossary, List<String> seeds) {
        long started = System.nanoTime();
        GlossaryMatcher matcher = new GlossaryMatcher(glossary);
        System.out.printf(Locale.ROOT, "build matcher, %s: %.3f s%n", label, (System.nanoTime() - started) / 1e9);
        long seedBytes = seeds.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        int rounds = (int) Math.ceil((double) TARGET_BYTES / seedBytes);
        double[] rates = new double[RUNS];
        long matches = 0;
        for (int run = -1; run < RUNS; run++) { // run -1 warms up
            matches = 0;
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (String seed : seeds) {
                    matches += matcher.findChinese(seed).size();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (run >= 0) {
                rates[run] = rounds * seedBytes / 1e6 / seconds;
            }
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "match Chinese, %s: %.1f MB/s (median of %d runs over %,d MB; %,d matches)%n",
                label, rates[RUNS / 2], RUNS, rounds * seedBytes / 1_000_000, matches);
    }

    private static Glossary synthetic(Glossary real, List<String> seeds) {
        Random random = new Random(42);
        String han = String.join("", seeds).replaceAll("[^\\p{IsHan}]", "");
        List<GlossaryEntry> entries = new ArrayList<>(real.entries());
        for (int i = 0; i < SYNTHETIC_ENTRIES; i++) {
            String zh;
            if (i % 2 == 0) {
                int length = 2 + random.nextInt(4);
                int at = random.nextInt(han.length() - length);
                zh = han.substring(at, at + length);
            } else {
                StringBuilder s = new StringBuilder();
                for (int k = 0, n = 2 + random.nextInt(4); k < n; k++) {
                    s.append((char) (0x4E00 + random.nextInt(0x5000)));
                }
                zh = s.toString();
            }
            String en = "Synthetic term " + i;
            // The note names the form, which the validator accepts when two entries share one.
            entries.add(new GlossaryEntry(String.format(Locale.ROOT, "term.synthetic-%05d", i), TermType.TERM,
                    List.of(Term.preferred(zh)), List.of(Term.preferred(en)), "synthetic " + zh, null));
        }
        return new Glossary("synthetic", null, entries);
    }
}
