package yuanwen;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line at the end of a test run when tests were skipped because the shared folder
 * ({@code ../shared}, see {@link SharedData}) is missing, e.g.
 * {@code corpus tests skipped: ../shared not found at /tmp/shared (93 tests; …)}; prints nothing
 * when it is there. Registered in {@code META-INF/services} for every JUnit Platform run (surefire,
 * failsafe, IDEs).
 *
 * <p>It listens to the launcher session rather than to one test plan because surefire runs a
 * forked JVM's classes as one plan per class (its {@code TestsToRun} is read lazily there), all in
 * one session: counting per session gives one line per surefire or failsafe run.
 */
public final class SkippedCorpusTestsListener implements LauncherSessionListener {

    private final PrintStream out;
    private Counter counter;

    /** For the service loader: prints to standard output. */
    public SkippedCorpusTestsListener() {
        this(System.out);
    }

    SkippedCorpusTestsListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        counter = new Counter();
        session.getLauncher().registerTestExecutionListeners(counter);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (counter != null) {
            counter.line().ifPresent(out::println);
            out.flush();
            counter = null;
        }
    }

    /** Counts the tests aborted by {@link SharedData.Missing}, over all test plans of a session. */
    static final class Counter implements TestExecutionListener {

        private TestPlan plan;
        private long skipped;
        private Path location;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
                return;
            }
            Optional<Throwable> cause = result.getThrowable();
            if (cause.isEmpty() || !(cause.get() instanceof SharedData.Missing missing)) {
                return;
            }
            location = missing.location();
            skipped += identifier.isTest() ? 1 : Math.max(1, testsUnder(identifier));
        }

        /**
         * A class skipped in {@code @BeforeAll} never starts its tests, so they are counted from the
         * plan; a parameterized test skipped while making its arguments has none yet and counts once.
         */
        private long testsUnder(TestIdentifier container) {
            return plan == null ? 0 : plan.getDescendants(container).stream().filter(TestIdentifier::isTest).count();
        }

        Optional<String> line() {
            if (skipped == 0) {
                return Optional.empty();
            }
            return Optional.of("corpus tests skipped: ../shared not found at " + location + " (" + skipped
                    + (skipped == 1 ? " test" : " tests") + "; -D" + SharedData.PROPERTY + "=PATH names another folder)");
        }
    }
}
