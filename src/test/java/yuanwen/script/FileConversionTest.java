package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;
import yuanwen.text.BadInputException;

class FileConversionTest {

    @TempDir
    Path dir;

    private final ScriptConverter tw2sp = Conversions.standard().get("tw2sp");
    private final FileConversion conversion = new FileConversion(tw2sp);

    @Test
    void convertsAFileLineForLine() throws IOException {
        Path input = Fixtures.taiwanArticle();
        Path output = dir.resolve("robots.zh-Hans.md");

        FileConversion.Outcome outcome = conversion.file(input, output, false);

        List<String> in = Files.readAllLines(input);
        List<String> out = Files.readAllLines(output);
        assertThat(out).hasSameSizeAs(in);
        for (int i = 0; i < in.size(); i++) {
            assertThat(out.get(i)).isEqualTo(tw2sp.convert(in.get(i)));
        }
        assertThat(outcome.lines()).isEqualTo(in.size());
        assertThat(String.join("\n", out)).contains("软件", "互联网");
    }

    @Test
    void keepsCrlfLineEndingsAndAMissingFinalBreak() throws IOException {
        Path input = dir.resolve("crlf.txt");
        Files.writeString(input, "軟體\r\n網際網路\r\n\r\n人工智慧");

        conversion.file(input, dir.resolve("out.txt"), false);

        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("软件\r\n互联网\r\n\r\n人工智能");
    }

    @Test
    void writesUtf8WhateverTheInputEncoding() throws IOException {
        Path input = dir.resolve("big5.txt");
        Files.write(input, "軟體與網際網路\n".getBytes(Charset.forName("Big5")));

        FileConversion.Outcome outcome = conversion.file(input, dir.resolve("out.txt"), false);

        assertThat(outcome.encoding().label()).isEqualTo("Big5");
        assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).isEqualTo("软件与互联网\n");
    }

    @Test
    void refusesToOverwriteUnlessForcedAndKeepsTheOldFile() throws IOException {
        Path input = Fixtures.taiwanArticle();
        Path output = dir.resolve("exists.md");
        Files.writeString(output, "keep me");

        assertThatThrownBy(() -> conversion.file(input, output, false))
                .isInstanceOf(BadInputException.class)
                .hasMessage(output + ": already exists (add --force to overwrite it)");
        assertThat(Files.readString(output)).isEqualTo("keep me");

        conversion.file(input, output, true);
        assertThat(Files.readString(output)).contains("软件");
    }

    @Test
    void refusesToWriteOverItsOwnInput() throws IOException {
        Path input = dir.resolve("a.txt");
        Files.writeString(input, "軟體");
        assertThatThrownBy(() -> conversion.file(input, input, true))
                .hasMessage(input + ": is the input file; write the conversion to another path");
        assertThat(Files.readString(input)).isEqualTo("軟體");
    }

    @Test
    void leavesNoOutputWhenTheInputTurnsOutUndecodable() throws IOException {
        // Valid UTF-8 for longer than the detection sample, then bytes that are not.
        byte[] good = "網際網路\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Path input = dir.resolve("damaged.txt");
        Files.write(input, all);
        Path output = dir.resolve("damaged.out.txt");

        assertThatThrownBy(() -> conversion.file(input, output, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(input + ":20001: undecodable bytes for UTF-8");
        assertThat(output).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("damaged.txt");
        }
    }

    @Test
    void convertsAFolderMirroringItsTreeAndSkippingNonText() throws IOException {
        Path input = dir.resolve("site");
        Files.createDirectories(input.resolve("posts/2024"));
        Files.writeString(input.resolve("index.md"), "# 軟體\n");
        Files.writeString(input.resolve("posts/2024/a.md"), "網際網路\n");
        Files.write(input.resolve("posts/cover.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Files.createDirectories(input.resolve(".git"));
        Files.writeString(input.resolve(".git/config"), "軟體");
        Path output = dir.resolve("site-zh-Hans");

        FileConversion.FolderOutcome outcome = conversion.folder(input, output, false);

        assertThat(Files.readString(output.resolve("index.md"))).isEqualTo("# 软件\n");
        assertThat(Files.readString(output.resolve("posts/2024/a.md"))).isEqualTo("互联网\n");
        assertThat(output.resolve("posts/cover.png")).doesNotExist();
        assertThat(output.resolve(".git")).doesNotExist();
        assertThat(outcome.converted()).hasSize(2);
        assertThat(outcome.skipped()).containsExactly(input.resolve("posts/cover.png"));
    }

    @Test
    void refusesAnOutputFolderInsideTheInput() throws IOException {
        Path input = dir.resolve("site");
        Files.createDirectories(input);
        Files.writeString(input.resolve("a.md"), "軟體");
        Path inside = input.resolve("converted");

        assertThatThrownBy(() -> conversion.folder(input, inside, false))
                .hasMessage(inside + ": is inside the input folder " + input + "; choose an output folder outside it");
        assertThat(inside).doesNotExist();
    }

    @Test
    void anUndecodableFileLeavesNoHalfConvertedFolder() throws IOException {
        Path input = dir.resolve("site");
        Files.createDirectories(input);
        Files.writeString(input.resolve("a.md"), "軟體");
        Files.write(input.resolve("b.md"), new byte[]{'o', 'k', (byte) 0xFF, (byte) 0xFF});
        Path output = dir.resolve("out");

        assertThatThrownBy(() -> conversion.folder(input, output, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(input.resolve("b.md").toAbsolutePath() + ": undecodable bytes");
        assertThat(output).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void streamsStandardInputToStandardOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        conversion.toStream(Path.of("-"), new ByteArrayInputStream("軟體\n".getBytes(StandardCharsets.UTF_8)), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("软件\n");
    }
}
