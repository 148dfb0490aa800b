package yuanwen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * Locates the project's read-only reference material (seeds, transcripts, bench data): the folder
 * {@code ../shared} beside the checkout, or {@code -Dyuanwen.shared=PATH}. Its texts may not ship
 * with the code (their licences forbid it), so a clean clone has no such folder: then every method
 * here throws {@link Missing}, which JUnit reports as a skipped test, and
 * {@link SkippedCorpusTestsListener} prints one line saying how many were skipped and why.
 *
 * <p>Test classes that need it throughout carry {@code @Tag("corpus")}; the invented texts in
 * {@link Fixtures} are what tests use to run everywhere.
 *
 * <p>Call these before {@code assertThatThrownBy(() -> …)}, not inside it: there the skip would be
 * caught as the thrown exception and fail the test.
 */
public final class SharedData {

    /** The system property that names the shared folder (set by the pom, overridable with -D). */
    public static final String PROPERTY = "yuanwen.shared";

    /** The test needs the shared folder and it is not there: the test is skipped, not failed. */
    public static final class Missing extends TestAbortedException {

        private static final long serialVersionUID = 1L;

        private final transient Path location;

        public Missing(Path location) {
            super("shared folder not found at " + location);
            this.location = location;
        }

        /** Where the folder was looked for (absolute). */
        public Path location() {
            return location;
        }
    }

    private SharedData() {
    }

    /** Where the shared folder is looked for: {@code -Dyuanwen.shared}, else {@code ../shared}; absolute. */
    public static Path location() {
        String configured = System.getProperty(PROPERTY);
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "shared");
        return root.toAbsolutePath().normalize();
    }

    /** Whether the shared folder is there (for tests that do something else without it). */
    public static boolean present() {
        return Files.isDirectory(location());
    }

    /** The shared folder; skips the calling test ({@link Missing}) when it is not there. */
    public static Path root() {
        Path root = location();
        if (!Files.isDirectory(root)) {
            throw new Missing(root);
        }
        return root;
    }

    /**
     * A path inside the shared folder; skips the calling test when the folder is missing. A folder
     * that is there but lacks the file is a real failure of the test that reads it.
     */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** A seed article by its number, e.g. {@code seed(3)} for {@code seeds/003_*.txt}. */
    public static Path seed(int number) {
        String prefix = String.format("%03d_", number);
        try (Stream<Path> files = Files.list(resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path nadellaTranscript() {
        return resolve("data/transcripts/nadella-bg2-2024-12.en.txt");
    }
}
