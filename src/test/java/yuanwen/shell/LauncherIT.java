package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installation mvn package makes: bin/yuanwen runs from any folder (through a symlink, as on the
 * PATH), with the class-data-sharing archive built at package time actually mapped (-Xshare:on makes
 * the JVM refuse to start when it cannot use the archive), and writes nothing where it runs; a copy
 * of the installation elsewhere makes its own archive at its first run.
 */
class LauncherIT {

    @TempDir
    Path dir;

    private static final Path INSTALLATION = YuanwenProcess.jar().toAbsolutePath().getParent().resolve("yuanwen");

    private record Run(int status, String out, String err) {
    }

    private Run launch(String javaOptions, String... args) throws Exception {
        return launch(INSTALLATION, javaOptions, args);
    }

    private Run launch(Path installation, String javaOptions, String... args) throws Exception {
        Path link = dir.resolve("bin-link-" + installation.getFileName());
        if (!Files.exists(link)) {
            Files.createSymbolicLink(link, installation.resolve("bin/yuanwen"));
        }
        Path work = Files.createDirectories(dir.resolve("work"));
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of(link.toString())));
        builder.command().addAll(List.of(args));
        builder.directory(work.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().remove("YUANWEN_HOME");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("YUANWEN_JAVA_OPTS", javaOptions);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherMapsTheClassDataSharingArchiveBuiltAtPackageTime() throws Exception {
        assertThat(INSTALLATION.resolve("lib/app/yuanwen.jsa")).isRegularFile();

        Run run = launch("-Xshare:on", "convert", "--config", "s2t", "软件");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("軟件\n");
        assertThat(run.err()).isEmpty();
        try (var files = Files.list(dir.resolve("work"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCopiedInstallationMakesItsOwnArchiveAtItsFirstRunAndMapsIt() throws Exception {
        Path copy = dir.resolve("elsewhere");
        try (var paths = Files.walk(INSTALLATION)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = copy.resolve(INSTALLATION.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }

        Run first = launch(copy, "", "--version");
        Run next = launch(copy, "-Xshare:on", "convert", "--config", "s2t", "软件");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(copy.resolve("lib/app/yuanwen.jsa")).isRegularFile();
        assertThat(Files.readString(copy.resolve("lib/app/yuanwen.jsa.path")).strip())
                .isEqualTo(copy.resolve("lib/app/yuanwen.jar").toString());
        assertThat(next.status()).as(next.err()).isZero();
        assertThat(next.out()).isEqualTo("軟件\n");
        assertThat(next.err()).isEmpty();
    }

    @Test
    void theLauncherReportsTheShippedGlossaryFromAnyFolder() throws Exception {
        Run run = launch("", "--version");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("glossary: (shipped glossary), ", "no workspace");
    }
}
