package yuanwen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import yuanwen.shell.CrashTrials;

/**
 * Kill -9 trials of every writer (default 20 each, spread over the second half of one complete run),
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
        for (CrashTrials.Writer writer : CrashTrials.writers(demo)) {
            CrashTrials.Outcome outcome = CrashTrials.run(writer, trials, scratch);
            System.out.println(outcome);
            broken += outcome.broken().size();
        }
        System.out.println(broken == 0 ? "no truncated or lost file" : broken + " broken files");
        yuanwen.text.AtomicFiles.deleteTree(scratch);
    }
}
