package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs and outputs that look odd and must work, and the failures of the output itself: FIFOs and
 * /dev/stdin read once, /dev/stdout written to and not replaced, a symlinked output written through,
 * CR line ends, standard output on a full disk, and concurrent edits of one glossary.
 */
class OddInputsIT {

    @TempDir
    Path dir;

    @Test
    void aFifoIsReadOnceAsAFile() throws Exception {
        Path fifo = dir.resolve("in.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("軟體\n網際網路\n".getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();

        YuanwenProcess.Result result = YuanwenProcess.runIn(dir, null, "convert", "--config", "tw2sp", "--in",
                fifo.toString());
        writer.join(60_000);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("软件\n互联网\n");
    }

    @Test
    void devStdinIsReadOnceAndDevStdoutHoldsOnlyTheConversion() throws Exception {
        // Standard output is a file here (YuanwenProcess redirects it): before, convert's summary
        // line, printed on the same file at its own position 0, overwrote the converted text.
        YuanwenProcess.Result result = YuanwenProcess.runIn(dir, "軟體\n網際網路\n", "convert", "--config", "tw2sp",
                "--in", "/dev/stdin", "--out", "/dev/stdout");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("软件\n互联网\n");
        assertThat(result.stderr()).as("the summary goes to standard error").contains("-> /dev/stdout", "2 lines");
    }

    @Test
    void anOutputThatIsTheFileStandardOutputWasSentToGetsNoSummaryInIt() throws Exception {
        Files.writeString(dir.resolve("in.md"), "軟體\n");
        Path out = dir.resolve("out.md");
        Path err = dir.resolve("err.txt");
        Process process = yuanwen(dir, "convert", "--config", "tw2sp", "--in", "in.md", "--out", out.toString(),
                "--force").redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out)).isEqualTo("软件\n");
        assertThat(Files.readString(err)).contains("in.md -> ");
    }

    @Test
    void devStdoutAppendedToByTheShellKeepsWhatWasThere() throws Exception {
        // `>> log`: the text is written through the process's own descriptor (its position and
        // append mode), not through a new opening of /dev/stdout at position 0.
        Path log = dir.resolve("log.txt");
        Files.writeString(log, "earlier line\n");
        Process process = yuanwen(dir, "convert", "--config", "tw2sp", "--in", "/dev/stdin", "--out", "/dev/stdout")
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("網際網路\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(log)).isEqualTo("earlier line\n互联网\n");
    }

    @Test
    void glossaryExportToDevStdoutPrintsTheTermbaseAlone() throws Exception {
        YuanwenProcess.workspace(dir);
        assertThat(YuanwenProcess.runIn(dir, null, "glossary", "add", "--zh", "樱桃", "--en", "Cherry").exitCode())
                .isZero();

        YuanwenProcess.Result result = YuanwenProcess.runIn(dir, null, "glossary", "export", "/dev/stdout",
                "--format", "tsv");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("Cherry\t樱桃").doesNotContain("exported");
        assertThat(result.stderr()).contains("exported", "/dev/stdout");
    }

    private static ProcessBuilder yuanwen(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", YuanwenProcess.jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder;
    }

    @Test
    void aSymlinkedOutputIsWrittenThroughAndStaysALink() throws Exception {
        Files.writeString(dir.resolve("in.md"), "軟體\n");
        Files.writeString(dir.resolve("real.md"), "old\n");
        Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("real.md"));

        YuanwenProcess.Result result = YuanwenProcess.runIn(dir, null, "convert", "--config", "tw2sp", "--in", "in.md",
                "--out", "link.md", "--force");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Files.isSymbolicLink(dir.resolve("link.md"))).isTrue();
        assertThat(Files.readString(dir.resolve("real.md"))).isEqualTo("软件\n");
    }

    @Test
    void carriageReturnLineEndsKeepTheirLineNumbers() throws Exception {
        Files.writeString(dir.resolve("cr.txt"), "First sentence here.\rSecond one there.\n\rThird line now.\r\n");

        YuanwenProcess.Result result = YuanwenProcess.runIn(dir, null, "segment", "--in", "cr.txt", "--json");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("\"firstLine\" : 1", "\"firstLine\" : 2", "\"firstLine\" : 4");
    }

    @Test
    void standardOutputOnAFullDiskIsStatusOneNotZero() throws Exception {
        Path out = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", YuanwenProcess.jar().toAbsolutePath().toString(), "convert", "--config", "tw2sp", "軟體")
                .redirectOutput(new File("/dev/full")).redirectError(out.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(out).strip()).startsWith("yuanwen: standard output: cannot be written")
                .contains("No space left").doesNotContain("Exception");
    }

    @Test
    void concurrentGlossaryAddsLoseNothing() throws Exception {
        Files.createDirectories(dir.resolve("glossary"));
        List<Process> adds = new ArrayList<>();
        List<Path> errors = new ArrayList<>();
        String[][] terms = {{"枇杷", "Loquat"}, {"香蕉", "Banana"}, {"樱桃", "Cherry"}};
        for (String[] term : terms) {
            Path err = dir.resolve("err-" + adds.size() + ".txt");
            errors.add(err);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", YuanwenProcess.jar().toAbsolutePath().toString(), "glossary", "add", "--zh", term[0], "--en",
                    term[1]).directory(dir.toFile()).redirectError(err.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("LC_ALL", "C.UTF-8");
            adds.add(builder.start());
        }
        List<String> added = new ArrayList<>();
        for (int i = 0; i < adds.size(); i++) {
            assertThat(adds.get(i).waitFor(300, TimeUnit.SECONDS)).isTrue();
            if (adds.get(i).exitValue() == 0) {
                added.add(terms[i][1]);
            } else {
                assertThat(adds.get(i).exitValue()).isEqualTo(1);
                assertThat(Files.readString(errors.get(i))).contains("being changed by another Yuanwen command");
            }
        }

        String glossary = Files.readString(dir.resolve("glossary/glossary.json"));
        assertThat(added).isNotEmpty();
        for (String english : added) {
            assertThat(glossary).as("every add that said it succeeded is in the file").contains(english);
        }
    }
}
