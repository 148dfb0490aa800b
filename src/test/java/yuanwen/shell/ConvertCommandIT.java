package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;
import yuanwen.SharedData;

/** The packaged jar, run once per command as scripts run it: output, files and exit status. */
class ConvertCommandIT {

    @TempDir
    Path dir;

    /** One line on stderr, no stack trace: what every failure must look like. */
    private static void assertOneLineError(YuanwenProcess.Result result, int exitCode, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(exitCode);
        assertThat(result.stderr().strip().lines()).hasSize(1);
        assertThat(result.stderr()).startsWith("yuanwen: ").contains(fragments)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void convertsTextGivenAsArguments() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.run("convert", "--config", "tw2sp", "軟體和網際網路，人工智慧");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("软件和互联网，人工智能\n");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void convertsAFileIntoAnotherWithAFriendlyTarget() throws Exception {
        Path out = dir.resolve("seed2.zh-Hans.md");
        YuanwenProcess.Result result = YuanwenProcess.run("convert", "--to", "simplified",
                "--in", SharedData.seed(2).toString(), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("tw2sp", "UTF-8");
        assertThat(Files.readAllLines(out)).hasSameSizeAs(Files.readAllLines(SharedData.seed(2)));
        assertThat(Files.readString(out)).contains("软件", "互联网", "人工智能");
    }

    @Test
    void convertsStandardInputToStandardOutput() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.runWithInput("軟體\n網際網路\n",
                "convert", "--config", "tw2sp", "--in", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("软件\n互联网\n");
    }

    @Test
    void convertsAFolder() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("posts"));
        Files.copy(Fixtures.taiwanArticle(), site.resolve("posts/robots.md"));
        Path out = dir.resolve("site-hans");

        YuanwenProcess.Result result = YuanwenProcess.run("convert", "-c", "tw2sp", "-i", site.toString(),
                "-o", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("converted 1 files with tw2sp");
        assertThat(Files.readString(out.resolve("posts/robots.md"))).contains("软件");
    }

    @Test
    void refusesAnExistingOutputAndKeepsIt() throws Exception {
        Path out = dir.resolve("exists.md");
        Files.writeString(out, "before");

        YuanwenProcess.Result result = YuanwenProcess.run("convert", "--config", "tw2sp",
                "--in", Fixtures.taiwanArticle().toString(), "--out", out.toString());

        assertOneLineError(result, 1, out.toString(), "already exists", "--force");
        assertThat(Files.readString(out)).isEqualTo("before");
    }

    @Test
    void missingFilesUnknownConfigsAndFoldersGetOneLineErrors() throws Exception {
        Path missing = dir.resolve("missing.md");
        assertOneLineError(YuanwenProcess.run("convert", "-c", "t2s", "--in", missing.toString()),
                1, missing.toString(), "no such file");
        assertOneLineError(YuanwenProcess.run("convert", "--config", "s2x", "中文"), 2, "unknown conversion 's2x'");
        assertOneLineError(YuanwenProcess.run("detect", "--in", dir.toString()), 1, dir.toString(), "is a folder");
    }

    @Test
    void binaryAndUndecodableInputIsRefusedWithoutOutput() throws Exception {
        Path png = dir.resolve("cover.png");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, new byte[]{'a', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 'b'});
        Path out = dir.resolve("out.txt");

        assertOneLineError(YuanwenProcess.run("convert", "-c", "t2s", "-i", png.toString(), "-o", out.toString()),
                1, png.toString(), "binary file");
        assertOneLineError(YuanwenProcess.run("convert", "-c", "t2s", "-i", broken.toString(), "-o", out.toString()),
                1, broken.toString(), "undecodable bytes");
        assertThat(out).doesNotExist();
    }

    @Test
    void commandLineMistakesExitWithStatusTwo() throws Exception {
        assertOneLineError(YuanwenProcess.run("convrt", "x"), 2, "unknown command 'convrt'");
        assertOneLineError(YuanwenProcess.run("convert", "--inn", "x"), 2, "unknown option --inn");
        assertOneLineError(YuanwenProcess.run("convert", "--config"), 2, "needs a value");
        assertOneLineError(YuanwenProcess.run("convert", "--config", "t2s"), 2, "nothing to convert");
    }

    @Test
    void detectReportsScriptCountsAndRegionalPhrasing() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.run("detect", "--in", SharedData.seed(2).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("traditional (").contains("only traditional", "encoding: UTF-8")
                .contains("Taiwan phrasing: ").contains("軟體");
    }

    @Test
    void detectPrintsJson() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.run("detect", "--json", "--in", SharedData.seed(0).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("\"script\" : \"simplified\"", "\"encoding\" : \"UTF-8\"");
    }

    @Test
    void withoutArgumentsItIsAnInteractiveShell() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.runWithInput(
                "convert --config tw2sp \"軟體 網際網路\"\nconvert --inn x\nhelp\nexit\n");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("yuanwen> ", "软件 互联网", "unknown option --inn",
                "convert", "detect");
        assertThat(result.stdout() + result.stderr()).doesNotContain("\tat ");
    }
}
