package yuanwen.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import yuanwen.SharedData;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.segment.Sentence;

/**
 * Document-mode speed on the interview: seed 003 against the Nadella transcript, read once, aligned
 * {@code RUNS} times in one process after two warm-up runs (the shipped glossary); prints the
 * fastest and the median run and the number of pairs:
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.InterviewBenchmark</pre>
 */
public final class InterviewBenchmark {

    private static final int RUNS = 7;

    private InterviewBenchmark() {
    }

    public static void main(String[] args) {
        List<Sentence> zh = QuoteDevSets.read(SharedData.seed(3));
        List<Sentence> en = QuoteDevSets.read(SharedData.nadellaTranscript());
        AlignParameters parameters = AlignParameters.defaults();
        Aligner aligner = new Aligner(new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT)));
        for (int k = 0; k < 2; k++) {
            aligner.align(zh, en, parameters);
        }
        double[] seconds = new double[RUNS];
        long pairs = 0;
        for (int k = 0; k < RUNS; k++) {
            long started = System.nanoTime();
            Alignment alignment = aligner.align(zh, en, parameters);
            seconds[k] = (System.nanoTime() - started) / 1e9;
            pairs = alignment.beads().stream().filter(b -> b.aligned()).count();
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "interview (seed 003, %d + %d sentences): %d pairs; align fastest %.3f s, median %.3f s%n",
                zh.size(), en.size(), pairs, seconds[0], seconds[RUNS / 2]);
    }
}
