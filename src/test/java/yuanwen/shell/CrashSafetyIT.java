package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kill -9 during every kind of write (a big convert, a folder convert --force, a glossary import,
 * a review write): afterwards the target is the previous version or the complete new one, never
 * truncated or lost, and the next run removes the temporary files the kills left. Two kills per
 * writer here, spread over the run; {@code yuanwen.bench.CrashSafetyBenchmark} runs 20 or more.
 */
class CrashSafetyIT {

    @TempDir
    static Path scratch;

    /** Kills per writer here: each costs a JVM start (10-20 s on a busy 2-core machine). */
    private static final int KILLS = 2;

    private static Path demo;

    @BeforeAll
    static void alignTheDemo() throws Exception {
        demo = CrashTrials.demoAlignment(scratch.resolve("demo"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"convert file", "convert folder --force", "glossary import", "pairs accept"})
    void aKilledWriteLeavesThePreviousOrTheCompleteFile(String name) throws Exception {
        CrashTrials.Writer writer = CrashTrials.writers(demo)
                .stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();

        CrashTrials.Outcome outcome = CrashTrials.run(writer, KILLS, scratch);

        assertThat(outcome.broken()).as(outcome.toString()).isEmpty();
        assertThat(outcome.previousKept() + outcome.newComplete()).isEqualTo(KILLS);
        assertThat(outcome.leftoverAfterNextRun()).as("temporary files after the next complete run").isZero();
    }
}
