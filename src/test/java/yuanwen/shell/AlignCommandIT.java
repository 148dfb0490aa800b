package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import yuanwen.Fixtures;
import yuanwen.SharedData;
import yuanwen.text.Json;

/**
 * The scripted contract of align, pairs export and quote, run on the packaged jar as a user would;
 * the refusals on the invented fixtures, the rest on the corpora in ../shared (skipped without it;
 * InterviewCommandsIT runs the same commands on the fixtures).
 */
class AlignCommandIT {

    private static final Pattern BEAD = Pattern.compile("\\[([0-9, ]*)\\]:\\[([0-9, ]*)\\]");

    @TempDir
    Path dir;

    private YuanwenProcess.Result run(String... args) throws Exception {
        return YuanwenProcess.runIn(YuanwenProcess.workspace(dir), null, args);
    }

    @Test
    void preSplitAlignThenBeadExportCoversEverySentenceOnce() throws Exception {
        Path zh = SharedData.resolve("bench/mac-dev/zh/006.txt").toAbsolutePath();
        Path en = SharedData.resolve("bench/mac-dev/en/006.txt").toAbsolutePath();
        Path gold = SharedData.resolve("bench/mac-dev/gold/006.txt");

        YuanwenProcess.Result aligned = run("align", "--zh", zh.toString(), "--en", en.toString(), "--name", "dev6",
                "--pre-split");
        assertThat(aligned.exitCode()).as(aligned.stderr()).isZero();
        assertThat(aligned.stdout()).contains("dev6.json");
        assertThat(dir.resolve("aligned/dev6.json")).exists();

        YuanwenProcess.Result exported = run("pairs", "export", "dev6", "--format", "beads", "--out", "beads.txt");
        assertThat(exported.exitCode()).as(exported.stderr()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("beads.txt"), StandardCharsets.UTF_8);
        List<Integer> zhIds = new ArrayList<>();
        List<Integer> enIds = new ArrayList<>();
        for (String line : lines) {
            Matcher m = BEAD.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            zhIds.addAll(ids(m.group(1)));
            enIds.addAll(ids(m.group(2)));
        }
        // 0-based ids, each sentence exactly once, in order.
        assertThat(zhIds).isEqualTo(range(Files.readAllLines(zh).size()));
        assertThat(new HashSet<>(enIds)).hasSize(enIds.size()).isEqualTo(new HashSet<>(range(Files.readAllLines(en).size())));
        // Most hand-aligned beads are found exactly (MAC-Dev, where the aligner was tuned: > 0.8).
        Set<String> goldBeads = new HashSet<>(Files.readAllLines(gold));
        long hits = lines.stream().filter(goldBeads::contains).count();
        assertThat((double) hits / goldBeads.size()).isGreaterThan(0.7);
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        Path zh = SharedData.resolve("bench/mac-dev/zh/006.txt").toAbsolutePath();
        Path en = SharedData.resolve("bench/mac-dev/en/006.txt").toAbsolutePath();
        assertThat(run("align", "--zh", zh.toString(), "--en", en.toString(), "--name", "a", "--pre-split").exitCode()).isZero();
        assertThat(run("align", "--zh", zh.toString(), "--en", en.toString(), "--name", "a", "--pre-split").exitCode()).isZero();

        assertThat(Files.readAllBytes(dir.resolve("aligned/a.json"))).isEqualTo(Files.readAllBytes(dir.resolve("aligned/a.json.bak")));
    }

    @Test
    void quoteJsonGivesTheOriginalWithItsTimes() throws Exception {
        YuanwenProcess.Result result = run("quote", "--en", SharedData.nadellaTranscript().toAbsolutePath().toString(),
                "--json", "自那以后，你把 Azure 的运营收入从 10 亿美元提升到了 660亿美元。");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode json = Json.MAPPER.readTree(result.stdout());
        JsonNode best = json.get("candidates").get(0);
        assertThat(best.get("text").asString()).contains("taken Azure from $1 billion to $66 billion");
        assertThat(best.get("firstLine").asInt()).isEqualTo(20);
        assertThat(best.get("start").asDouble()).isEqualTo(61.48); // [00:01:01.480 --> ...]
        assertThat(best.get("score").asDouble()).isBetween(0.5, 1.0);
    }

    @Test
    void quoteOfUnrelatedTextGivesAnEmptyList() throws Exception {
        YuanwenProcess.Result result = run("quote", "--en", SharedData.nadellaTranscript().toAbsolutePath().toString(),
                "--json", "今天天气很好，我们去公园散步吧。");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Json.MAPPER.readTree(result.stdout()).get("candidates").size()).isZero();
    }

    @Test
    void englishGivenAsChineseIsRefusedNamingTheFile() throws Exception {
        String transcript = Fixtures.interviewTranscript().toAbsolutePath().toString();
        YuanwenProcess.Result result = run("align", "--zh", transcript, "--en", transcript, "--name", "x");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("interview.en.txt", "is English, not Chinese")
                .doesNotContain("Exception");
        assertThat(errorLines(result)).hasSize(1);
        assertThat(dir.resolve("aligned")).doesNotExist();
    }

    @Test
    void anEmptySideIsRefused() throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "\n\n");
        YuanwenProcess.Result result = run("align", "--zh", Fixtures.interviewArticle().toAbsolutePath().toString(),
                "--en", "empty.txt", "--name", "x");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("empty.txt", "no sentences");
        assertThat(errorLines(result)).hasSize(1);
    }

    @Test
    void aHandBrokenAlignmentIsReportedAndKept() throws Exception {
        Path stored = dir.resolve("aligned/broken.json");
        Files.createDirectories(stored.getParent());
        String broken = "{ \"schemaVersion\": 1,\n  \"name\": \"broken\",\n  \"pairs\": [ { \"id\": \"p0\", }\n";
        Files.writeString(stored, broken);
        Path zh = Fixtures.interviewArticle().toAbsolutePath();
        Path en = Fixtures.interviewTranscript().toAbsolutePath();

        YuanwenProcess.Result result = run("align", "--zh", zh.toString(), "--en", en.toString(), "--name", "broken");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("broken.json:3:").contains("fix it or move it away");
        assertThat(errorLines(result)).hasSize(1);
        assertThat(Files.readString(stored)).isEqualTo(broken);
    }

    @Test
    void tooManySentencesAreRefusedWithTheLimit() throws Exception {
        Path big = dir.resolve("big.en.txt");
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 200_001; k++) {
            text.append("Line ").append(k).append(".\n");
        }
        Files.writeString(big, text);
        Path zh = Fixtures.interviewArticle().toAbsolutePath();

        YuanwenProcess.Result result = run("align", "--zh", zh.toString(), "--en", "big.en.txt", "--name", "big",
                "--pre-split");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("big.en.txt", "200,001 sentences", "200,000");
        assertThat(errorLines(result)).hasSize(1);
    }

    /**
     * The error lines on standard error; a slow machine may also show progress lines
     * ({@code align:  1.2 s  reading …}), which are not errors.
     */
    private static List<String> errorLines(YuanwenProcess.Result result) {
        List<String> lines = result.stderr().lines().filter(line -> !line.startsWith("align: ")).toList();
        assertThat(lines).allMatch(line -> line.startsWith("yuanwen: "));
        return lines;
    }

    private static List<Integer> ids(String list) {
        List<Integer> out = new ArrayList<>();
        for (String id : list.split(",")) {
            if (!id.isBlank()) {
                out.add(Integer.parseInt(id.strip()));
            }
        }
        return out;
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(k);
        }
        return out;
    }
}
