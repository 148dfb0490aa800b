package yuanwen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Locates the project's read-only reference material (seeds, transcripts, bench data). */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder: system property {@code yuanwen.shared}, else {@code ../shared}. */
    public static Path root() {
        String configured = System.getProperty("yuanwen.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("shared data not found at " + root.toAbsolutePath()
                    + " (set -Dyuanwen.shared)");
        }
        return root.normalize();
    }

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
