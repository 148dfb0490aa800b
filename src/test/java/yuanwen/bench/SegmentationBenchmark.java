package yuanwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import yuanwen.SharedData;
import yuanwen.read.Source;
import yuanwen.read.SourceFormat;
import yuanwen.read.SourceReader;
import yuanwen.segment.EnglishSentenceSplitter;
import yuanwen.segment.Sentence;

/**
 * Throughput of the English side: format detection + reading + sentence splitting of the Nadella
 * Whisper transcript repeated to 100,000 lines, all in memory (no disk time).
 *
 * <p>Run: {@code mvn -o -q -B test-compile exec:java -Dexec.mainClass=yuanwen.bench.SegmentationBenchmark}
 */
public final class SegmentationBenchmark {

    private static final int LINES = 100_000;
    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 5;

    private SegmentationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = SharedData.nadellaTranscript();
        String text = repeatedTo(LINES, Files.readString(file, StandardCharsets.UTF_8));
        EnglishSentenceSplitter splitter = new EnglishSentenceSplitter();

        System.out.printf(Locale.ROOT, "input: %s repeated to %,d lines (%,d chars)%n",
                file.getFileName(), LINES, text.length());
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            run(file, text, splitter);
        }
        double[] seconds = new double[MEASURED_RUNS];
        int sentences = 0;
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long started = System.nanoTime();
            sentences = run(file, text, splitter);
            seconds[i] = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %.3f s, %,d sentences%n", i + 1, seconds[i], sentences);
        }
        double median = median(seconds);
        System.out.printf(Locale.ROOT, "median %.3f s: %,.0f sentences/s, %,.0f lines/s%n",
                median, sentences / median, LINES / median);
        printStageTimes(file, text, splitter);
    }

    private static int run(Path file, String text, EnglishSentenceSplitter splitter) {
        SourceFormat format = SourceFormat.detect(file, text);
        Source source = SourceReader.read(file, text, format);
        List<Sentence> sentences = splitter.split(source);
        return sentences.size();
    }

    /** One more run, timed per stage, to show where the time goes. */
    private static void printStageTimes(Path file, String text, EnglishSentenceSplitter splitter) {
        long t0 = System.nanoTime();
        SourceFormat format = SourceFormat.detect(file, text);
        long t1 = System.nanoTime();
        Source source = SourceReader.read(file, text, format);
        long t2 = System.nanoTime();
        splitter.split(source);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "stages: detect %.1f ms, read %.1f ms, split %.1f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
    }

    private static String repeatedTo(int lines, String transcript) {
        List<String> captionLines = transcript.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            out.append(captionLines.get(i % captionLines.size())).append('\n');
        }
        return out.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
