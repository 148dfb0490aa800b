package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;

/** The bash completion script, run by bash: values of --config and --format, alignment names, pair ids. */
class BashCompletionIT {

    @TempDir
    Path dir;

    /** What bash offers for the words typed so far (the last one being completed). */
    private String complete(Path script, String... words) throws Exception {
        StringBuilder line = new StringBuilder("source " + script + "; COMP_WORDS=(yuanwen");
        for (String w : words) {
            line.append(" '").append(w).append("'");
        }
        line.append("); COMP_CWORD=").append(words.length).append("; _yuanwen; printf '%s\\n' \"${COMPREPLY[@]}\"");
        Process bash = new ProcessBuilder("bash", "-c", line.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void completesValuesNamesAndPairIds() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
        YuanwenProcess.workspace(dir);
        Files.copy(Fixtures.resource("/yuanwen/review/bakery.zh.md"), dir.resolve("bakery.zh.md"));
        Files.copy(Fixtures.resource("/yuanwen/review/bakery.en.txt"), dir.resolve("bakery.en.txt"));
        assertThat(YuanwenProcess.runIn(dir, null, "align", "--zh", "bakery.zh.md", "--en", "bakery.en.txt",
                "--name", "bakery", "--glossary", "none").exitCode()).isZero();
        Path script = dir.resolve("yuanwen.bash");
        Files.writeString(script, YuanwenProcess.run("completion", "bash").stdout());

        assertThat(complete(script, "convert", "--config", "tw2").lines()).contains("tw2s", "tw2sp", "tw2t");
        assertThat(complete(script, "pairs", "export", "bakery", "--format", "").lines()).contains("tmx", "tsv", "beads");
        assertThat(complete(script, "pairs", "show", "bak").lines()).containsExactly("bakery");
        assertThat(complete(script, "pairs", "show", "bakery", "p1").lines()).contains("p10", "p11")
                .allMatch(id -> id.matches("p1\\d*"));
        assertThat(complete(script, "pairs", "list", "bakery", "--status", "un").lines()).containsExactly("unaligned");
    }
}
