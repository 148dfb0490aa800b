package yuanwen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core is plain Java: only the shell package may know about Spring. */
class CoreHasNoSpringTest {

    @Test
    void onlyTheShellPackageImportsSpring() throws IOException {
        Path sources = Path.of("src/main/java/yuanwen");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !sources.relativize(p).startsWith("shell"))
                    .filter(CoreHasNoSpringTest::importsSpring)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean importsSpring(Path file) {
        try {
            return Files.readString(file).contains("import org.springframework");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
