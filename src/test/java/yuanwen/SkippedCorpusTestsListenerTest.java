package yuanwen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The one line a test run prints when tests were skipped for want of the shared folder, checked by
 * running small made-up test classes in a launcher session of their own.
 */
class SkippedCorpusTestsListenerTest {

    private static final Path NOWHERE = Path.of("/nonexistent/shared");

    /** Two tests that need the shared folder, one that does not, one skipped for another reason. */
    static class MixedTests {
        @Test
        void needsShared() {
            throw new SharedData.Missing(NOWHERE);
        }

        @Test
        void needsSharedToo() {
            throw new SharedData.Missing(NOWHERE);
        }

        @Test
        void needsNothing() {
        }

        @Test
        void skippedForAnotherReason() {
            Assumptions.abort("not on this machine");
        }
    }

    /** A class whose set-up reads the shared folder: its three tests never start. */
    static class SharedInSetUp {
        @BeforeAll
        static void read() {
            throw new SharedData.Missing(NOWHERE);
        }

        @Test
        void first() {
        }

        @Test
        void second() {
        }

        @Test
        void third() {
        }
    }

    static class NothingSkipped {
        @Test
        void runs() {
        }
    }

    /** Runs the classes, each as its own test plan, in one session (as surefire does); returns what it printed. */
    private static String printedBy(Class<?>... classes) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SkippedCorpusTestsListener listener = new SkippedCorpusTestsListener(new PrintStream(printed, true, StandardCharsets.UTF_8));
        LauncherConfig config = LauncherConfig.builder()
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addLauncherSessionListeners(listener)
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            for (Class<?> testClass : classes) {
                session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(testClass)).build(), summary);
            }
        }
        assertThat(summary.getSummary().getTotalFailureCount()).isZero();
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneLineCountsTheTestsSkippedForWantOfTheSharedFolderAcrossTestPlans() {
        String printed = printedBy(MixedTests.class, SharedInSetUp.class, NothingSkipped.class);

        assertThat(printed.lines()).containsExactly("corpus tests skipped: ../shared not found at " + NOWHERE
                + " (5 tests; -Dyuanwen.shared=PATH names another folder)");
    }

    @Test
    void onlyTestsSkippedForTheSharedFolderCount() {
        assertThat(printedBy(MixedTests.class, NothingSkipped.class)).contains("(2 tests;");
    }

    @Test
    void aClassSkippedInItsSetUpCountsTheTestsThatNeverStarted() {
        assertThat(printedBy(SharedInSetUp.class)).contains("(3 tests;");
    }

    @Test
    void nothingIsPrintedWhenNoTestNeededTheMissingFolder() {
        assertThat(printedBy(NothingSkipped.class)).isEmpty();
    }

    @Test
    void theFolderIsLookedForWhereThePropertySays() {
        String configured = System.getProperty(SharedData.PROPERTY);
        try {
            System.setProperty(SharedData.PROPERTY, NOWHERE.toString());
            assertThat(SharedData.present()).isFalse();
            assertThat(SharedData.location()).isEqualTo(NOWHERE);
            assertThatThrownBy(SharedData::root)
                    .isInstanceOf(SharedData.Missing.class)
                    .hasMessage("shared folder not found at " + NOWHERE);
        } finally {
            if (configured == null) {
                System.clearProperty(SharedData.PROPERTY);
            } else {
                System.setProperty(SharedData.PROPERTY, configured);
            }
        }
    }
}
