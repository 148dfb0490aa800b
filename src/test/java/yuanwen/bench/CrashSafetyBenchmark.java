package yuanwen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import yuanwen.shell.CrashTrials;

/**
 * Kill -9 trials of every writer (default 20 each, while it writes: from the moment its temporary file appears),
 * on the packaged jar (mvn -q -DskipTests package first):
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.CrashSafetyBenchmark -Dexec.args=20</pre>
 *
 * Prints, per writer, how many kills left the previous version, how many the complete new one,
 * and any other state (a truncated or lost file: there must be none), and the temporary files
 * left before and after the next complete run.
 */
public final class CrashSafetyBenchmark {

    private CrashSafetyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path scratch = Files.createTempDirectory("yuanwen-crash");
        Path demo = CrashTrials.demoAlignment(scratch.resolve("demo"));
        int broken = 0;
        // The writers run side by side (each in its own folders): 20 JVM starts each, one after the
        // other, took 20 minutes per writer on a busy 2-core machine.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<CrashTrials.Outcome>> outcomes = new java.util.ArrayList<>();
        for (CrashTrials.Writer writer : CrashTrials.writers(demo)) {
            outcomes.add(pool.submit(() -> CrashTrials.run(writer, trials, scratch)));
        }
        pool.shutdown();
        for (var future : outcomes) {
            CrashTrials.Outcome outcome = future.get();
            System.out.println(outcome);
            broken += outcome.broken().size();
        }
        System.out.println(broken == 0 ? "no truncated or lost file" : broken + " broken files");
        yuanwen.text.AtomicFiles.deleteTree(scratch);
    }
}
