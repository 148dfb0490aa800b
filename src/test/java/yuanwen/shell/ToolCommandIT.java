package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command behaves as Unix tools do: --help, --version, typos, scripts with exit statuses. */
class ToolCommandIT {

    @TempDir
    Path dir;

    @Test
    void versionNamesYuanwenAndItsData() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("yuanwen ").contains("OpenCC", "CC-CEDICT", "glossary")
                .doesNotContain("Spring Shell");
        assertThat(YuanwenProcess.run("version").stdout()).isEqualTo(result.stdout());
    }

    @Test
    void dashDashHelpAndDashHListTheCommands() throws Exception {
        YuanwenProcess.Result help = YuanwenProcess.run("--help");
        YuanwenProcess.Result h = YuanwenProcess.run("-h");

        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("align", "quote", "convert", "glossary");
        assertThat(h.stdout()).isEqualTo(help.stdout());
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestion() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.run("conver", "--config", "s2t", "软件");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip().lines()).hasSize(1);
        assertThat(result.stderr()).startsWith("yuanwen: unknown command 'conver'").contains("did you mean 'convert'");
    }

    @Test
    void aScriptSkipsCommentsAndStopsAtTheFirstFailureWithItsStatus() throws Exception {
        Path script = dir.resolve("commands.txt");
        Files.writeString(script, """
                # convert two words, then a mistake, then one more
                convert --config s2t 软件

                convert --config nope 软件
                convert --config t2s 軟體
                """, StandardCharsets.UTF_8);

        YuanwenProcess.Result result = YuanwenProcess.run("script", "--file", script.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEqualTo("軟件\n");
        assertThat(result.stderr().strip().lines()).hasSize(1);
        assertThat(result.stderr()).contains(script + ":4: unknown conversion 'nope'");
    }

    @Test
    void keepGoingRunsEveryLineAndStillFails() throws Exception {
        Path script = dir.resolve("commands.txt");
        Files.writeString(script, "convert --config nope x\nconvert --config t2s 軟體\n", StandardCharsets.UTF_8);

        YuanwenProcess.Result result = YuanwenProcess.run("script", "--file", script.toString(), "--keep-going");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEqualTo("软体\n");
        assertThat(result.stderr()).contains(script + ":1: unknown conversion", "1 command failed, the first at line 1");
    }

    @Test
    void aScriptOfGoodCommandsSucceeds() throws Exception {
        Path script = dir.resolve("ok.txt");
        Files.writeString(script, "# nothing but conversions\nconvert --config s2t \"软件 网络\"\n", StandardCharsets.UTF_8);

        YuanwenProcess.Result result = YuanwenProcess.run("script", "--file", script.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("軟件 網絡\n");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void aMissingScriptIsBadInput() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.run("script", "--file", dir.resolve("none.txt").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).startsWith("yuanwen: ").contains("none.txt").doesNotContain("\tat ");
    }

    @Test
    void aTypoInTheInteractiveShellIsReportedAndTheShellGoesOn() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.runIn(YuanwenProcess.workspace(dir),
                "conver x\nconvert --config s2t 软件\nexit\n");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("unknown command 'conver'", "軟件");
    }
}
