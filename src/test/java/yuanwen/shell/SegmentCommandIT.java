package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import yuanwen.SharedData;

/** {@code segment} run from the packaged jar, as a script would. */
class SegmentCommandIT {

    @TempDir
    Path dir;

    private static JsonNode json(YuanwenProcess.Result result) {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return JsonMapper.builder().build().readTree(result.stdout());
    }

    @Test
    void theTranscriptBecomesTimedSentencesWithNumbers() throws Exception {
        JsonNode sentences = json(YuanwenProcess.run("segment", "--json", "--in",
                SharedData.nadellaTranscript().toString()));

        assertThat(sentences.size()).isGreaterThan(500);
        JsonNode first = sentences.get(0);
        assertThat(first.path("firstLine").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(first.path("start").asDouble()).isZero();
        JsonNode azure = null;
        for (JsonNode s : sentences) {
            if (s.path("text").asString().contains("$66 billion")) {
                azure = s;
            }
        }
        assertThat(azure).isNotNull();
        assertThat(azure.path("start").asDouble()).isBetween(55.0, 65.0);
        assertThat(azure.path("numbers").toString()).contains("\"value\":6.6E10", "\"unit\":\"USD\"");
    }

    @Test
    void theNadellaArticleKeepsItsSpeakersAndLines() throws Exception {
        JsonNode sentences = json(YuanwenProcess.run("segment", "--lang", "zh", "--json", "--in",
                SharedData.seed(3).toString()));

        boolean brad = false;
        for (JsonNode s : sentences) {
            assertThat(s.has("start")).isFalse();
            assertThat(s.path("lastLine").asInt()).isGreaterThanOrEqualTo(s.path("firstLine").asInt());
            if (s.path("text").asString().contains("660亿美元")) {
                assertThat(s.path("speaker").asString()).isEqualTo("主持人Brad");
                assertThat(s.path("firstLine").asInt()).isEqualTo(57);
                assertThat(s.path("lastLine").asInt()).isEqualTo(58);
                brad = true;
            }
        }
        assertThat(brad).isTrue();
    }

    @Test
    void brokenSubtitlesAndEmptyFilesAreReportedPlainly() throws Exception {
        Path srt = dir.resolve("talk.srt");
        Files.writeString(srt, "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:03,000 -> 00:00:04\nBye.\n");
        YuanwenProcess.Result broken = YuanwenProcess.run("segment", "--in", srt.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.stderr().strip()).startsWith("yuanwen: " + srt + ":6: ").doesNotContain("Exception");

        Path empty = dir.resolve("empty.md");
        Files.writeString(empty, "");
        YuanwenProcess.Result none = YuanwenProcess.run("segment", "--json", "--in", empty.toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.stdout().strip()).isEqualTo("[ ]");
    }
}
