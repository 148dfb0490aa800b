package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import yuanwen.Fixtures.Translation;
import yuanwen.Fixtures;

/**
 * align, pairs, quote, segment, glossary check, convert and detect, run on the packaged jar as a
 * user would, on the invented interview and the Taiwan-style article (src/test/resources/yuanwen/
 * fixtures), so that the command contracts are checked on a clean clone too.
 */
class InterviewCommandsIT {

    private static final Pattern BEAD = Pattern.compile("\\[([0-9, ]*)\\]:\\[([0-9, ]*)\\]");
    private static final String REVENUE_ZH = "去年我们的收入是1.2亿美元，比前年增长了40%。";
    private static final String REVENUE_EN = "Last year our revenue was $120 million, up 40% from the year before.";

    private static final String ARTICLE = Fixtures.interviewArticle().toAbsolutePath().toString();
    private static final String TRANSCRIPT = Fixtures.interviewTranscript().toAbsolutePath().toString();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private YuanwenProcess.Result run(String... args) throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.runIn(YuanwenProcess.workspace(dir), null, args);
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.stderr()).isZero();
        return result;
    }

    /** The rows of a {@code pairs export --format tsv} file, each by column name. */
    private List<Map<String, String>> tsvRows(String file) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.length; k++) {
                row.put(header[k], cells[k]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void alignThenAcceptAndExportThePairsAsWritten() throws Exception {
        YuanwenProcess.Result aligned = run("align", "--zh", ARTICLE, "--en", TRANSCRIPT, "--name", "park");
        assertThat(aligned.stdout()).contains("aligned/park.json");

        run("pairs", "export", "park", "--format", "tsv", "--out", "pairs.tsv");
        List<Map<String, String>> rows = tsvRows("pairs.tsv");
        Map<String, String> revenue = rows.stream().filter(r -> r.get("zh").equals(REVENUE_ZH)).findFirst().orElseThrow();
        assertThat(revenue.get("en")).isEqualTo(REVENUE_EN);
        assertThat(revenue.get("start")).isEqualTo("48.080");
        assertThat(revenue.get("status")).isEqualTo("auto");
        // The exported pairs are the translations as written (measured: 22 of 23; see InterviewAlignmentTest).
        Set<Translation> written = new HashSet<>(Fixtures.interviewTranslations());
        assertThat(rows.stream().filter(r -> written.contains(new Translation(r.get("zh"), r.get("en")))).count())
                .isGreaterThanOrEqualTo(21);

        run("pairs", "accept", "park", revenue.get("id"));
        run("pairs", "export", "park", "--format", "tsv", "--out", "accepted.tsv");
        assertThat(tsvRows("accepted.tsv")).filteredOn(r -> r.get("status").equals("accepted"))
                .extracting(r -> r.get("id")).containsExactly(revenue.get("id"));

        run("pairs", "export", "park", "--format", "beads", "--out", "beads.txt");
        List<Integer> zhIds = new ArrayList<>();
        List<Integer> enIds = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("beads.txt"), StandardCharsets.UTF_8)) {
            Matcher m = BEAD.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            zhIds.addAll(ids(m.group(1)));
            enIds.addAll(ids(m.group(2)));
        }
        // 0-based ids, each sentence exactly once, in order.
        assertThat(zhIds).isEqualTo(range(36));
        assertThat(new HashSet<>(enIds)).hasSize(enIds.size()).isEqualTo(new HashSet<>(range(25)));
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        run("align", "--zh", ARTICLE, "--en", TRANSCRIPT, "--name", "a");
        run("align", "--zh", ARTICLE, "--en", TRANSCRIPT, "--name", "a");

        assertThat(Files.readAllBytes(dir.resolve("aligned/a.json"))).isEqualTo(Files.readAllBytes(dir.resolve("aligned/a.json.bak")));
    }

    @Test
    void quoteJsonGivesTheOriginalWithItsLinesAndTimes() throws Exception {
        JsonNode json = JSON.readTree(run("quote", "--en", TRANSCRIPT, "--json", REVENUE_ZH).stdout());

        JsonNode best = json.get("candidates").get(0);
        assertThat(best.get("text").asString()).isEqualTo(REVENUE_EN);
        assertThat(best.get("firstLine").asInt()).isEqualTo(19);
        assertThat(best.get("start").asDouble()).isEqualTo(48.08); // [00:00:48.080 --> ...]
        assertThat(best.get("score").asDouble()).isBetween(0.5, 1.0);
    }

    @Test
    void quoteOfUnrelatedTextGivesAnEmptyList() throws Exception {
        JsonNode json = JSON.readTree(run("quote", "--en", TRANSCRIPT, "--json", "今天天气很好，我们去公园散步吧。").stdout());

        assertThat(json.get("candidates").size()).isZero();
    }

    @Test
    void segmentGivesTheTranscriptsTimedSentencesWithNumbers() throws Exception {
        JsonNode sentences = JSON.readTree(run("segment", "--json", "--in", TRANSCRIPT).stdout());

        assertThat(sentences.size()).isEqualTo(25);
        assertThat(sentences.get(0).path("text").asString()).isEqualTo("The hard part was never the robot.");
        assertThat(sentences.get(0).path("start").asDouble()).isZero();
        JsonNode revenue = sentences.get(10);
        assertThat(revenue.path("text").asString()).isEqualTo(REVENUE_EN);
        assertThat(revenue.path("start").asDouble()).isEqualTo(48.08);
        assertThat(revenue.path("firstLine").asInt()).isEqualTo(19);
        assertThat(revenue.path("lastLine").asInt()).isEqualTo(20);
        assertThat(revenue.path("numbers").toString()).contains("\"value\":1.2E8", "\"unit\":\"USD\"");
    }

    @Test
    void segmentKeepsTheArticlesSpeakersAndLines() throws Exception {
        JsonNode sentences = JSON.readTree(run("segment", "--lang", "zh", "--json", "--in", ARTICLE).stdout());

        assertThat(sentences.size()).isEqualTo(36);
        Map<String, JsonNode> byText = new HashMap<>();
        for (JsonNode s : sentences) {
            assertThat(s.has("start")).isFalse();
            byText.put(s.path("text").asString(), s);
        }
        assertThat(byText.get(REVENUE_ZH).path("speaker").asString()).isEqualTo("海伦·帕克");
        assertThat(byText.get(REVENUE_ZH).path("firstLine").asInt()).isEqualTo(36);
        JsonNode founded = byText.get("你在 2016年创立了北风机器人（Northwind Robotics）。");
        assertThat(founded.path("speaker").asString()).isEqualTo("主持人Brad");
        assertThat(founded.path("firstLine").asInt()).isEqualTo(26);
        assertThat(founded.path("lastLine").asInt()).isEqualTo(27);
        assertThat(byText.get("内容提要").path("speaker").isNull()).isTrue();
    }

    @Test
    void glossaryCheckReportsTheTwoSpellingsOfStartup() throws Exception {
        // 初创公司 in the bio, 创业公司 in the translator's remark: both forms of term.startup
        YuanwenProcess.Result result = YuanwenProcess.run("glossary", "check", ARTICLE);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("two spellings: term.startup: 初创公司 ×1 line 22; 创业公司 ×1 (admitted) line 52");
    }

    @Test
    void convertsTheTaiwanArticleToMainlandSimplifiedLineForLine() throws Exception {
        Path out = dir.resolve("robots.zh-Hans.md");
        YuanwenProcess.Result result = run("convert", "--to", "simplified", "--in",
                Fixtures.taiwanArticle().toAbsolutePath().toString(), "--out", out.toString());

        assertThat(result.stdout()).contains("tw2sp", "UTF-8");
        assertThat(Files.readAllLines(out)).hasSameSizeAs(Files.readAllLines(Fixtures.taiwanArticle()));
        assertThat(Files.readString(out)).contains("软件", "互联网", "人工智能", "数据", "首席执行官")
                .doesNotContain("軟體", "網際網路", "人工智慧");
    }

    @Test
    void detectReportsTheTaiwanArticlesScriptAndPhrasing() throws Exception {
        YuanwenProcess.Result result = run("detect", "--in", Fixtures.taiwanArticle().toAbsolutePath().toString());

        assertThat(result.stdout()).startsWith("traditional (").contains("0 only simplified", "encoding: UTF-8")
                .contains("Taiwan phrasing: ").contains("軟體", "網際網路", "人工智慧");
    }

    @Test
    void detectPrintsTheArticleAsSimplifiedJson() throws Exception {
        YuanwenProcess.Result result = run("detect", "--json", "--in", ARTICLE);

        assertThat(result.stdout()).contains("\"script\" : \"simplified\"", "\"traditionalOnly\" : 0",
                "\"taiwanForms\" : [ ]", "\"encoding\" : \"UTF-8\"");
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
