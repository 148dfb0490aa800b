package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import yuanwen.text.Json;

/** The scripted contract of {@code quote}, run on the packaged jar with the invented test interview. */
class QuoteCommandIT {

    private static final Path FIXTURES = Path.of("src/test/resources/yuanwen/align/quote").toAbsolutePath();
    private static final String EN = FIXTURES.resolve("interview.en.txt").toString();
    private static final String ZH = FIXTURES.resolve("article.zh.md").toString();

    @TempDir
    Path dir;

    private YuanwenProcess.Result run(String stdin, String... args) throws Exception {
        return YuanwenProcess.runIn(YuanwenProcess.workspace(dir), stdin, args);
    }

    @Test
    void jsonGivesTheVerdictTheFoundCandidatesAndTheWeakOnes() throws Exception {
        YuanwenProcess.Result result = run(null, "quote", "--en", EN, "--glossary", "none", "--json", "说实话，我差点就放弃了。");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode json = Json.MAPPER.readTree(result.stdout());
        assertThat(json.get("verdict").asString()).isEqualTo("found");
        JsonNode best = json.get("candidates").get(0);
        assertThat(best.get("text").asString()).isEqualTo("Honestly, I almost gave up.");
        assertThat(best.get("firstLine").asInt()).isEqualTo(15);
        assertThat(best.get("speaker").asString()).isEqualTo("Marta Ilves");
        assertThat(best.get("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.get("weak").isArray()).isTrue();
    }

    @Test
    void translatorsTextGetsVerdictNoneAndEmptyLists() throws Exception {
        YuanwenProcess.Result result = run(null, "quote", "--en", EN, "--glossary", "none", "--json",
                "玛尔塔是当地有名的企业家，她的故事在北欧广为流传。");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode json = Json.MAPPER.readTree(result.stdout());
        assertThat(json.get("verdict").asString()).isEqualTo("none");
        assertThat(json.get("candidates").size()).isZero();
        assertThat(json.get("weak").size()).isZero();
    }

    @Test
    void weakCandidatesArePrintedAndMarkedAsWeak() throws Exception {
        YuanwenProcess.Result result = run(null, "quote", "--en", EN, "--glossary", "none", "--min-score", "0.99",
                "我一个人坐在空空的厨房里哭了起来。");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("weak candidates (below 0.99", "I sat in the empty kitchen and cried.", "because ");
    }

    @Test
    void manyQuotesFromAFileComeBackAsOneJsonLineEach() throws Exception {
        Path quotes = dir.resolve("quotes.txt");
        Files.writeString(quotes, "说实话，我差点就放弃了。\n\n洪水冲走了磨坊、桥梁和我们所有的烤炉。\nnot Chinese\n", StandardCharsets.UTF_8);

        YuanwenProcess.Result result = run(null, "quote", "--en", EN, "--glossary", "none", "--in", quotes.toString(), "--json");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.get("quote").asString()).isEqualTo("说实话，我差点就放弃了。");
        assertThat(first.get("verdict").asString()).isEqualTo("found");
        JsonNode second = Json.MAPPER.readTree(lines.get(1));
        assertThat(second.get("candidates").size()).isGreaterThanOrEqualTo(2); // the teaser and the interview
        JsonNode third = Json.MAPPER.readTree(lines.get(2));
        assertThat(third.get("verdict").asString()).isEqualTo("none");
        assertThat(third.get("error").asString()).contains("no Chinese");
    }

    @Test
    void quotesCanComeFromStandardInput() throws Exception {
        YuanwenProcess.Result result = run("说实话，我差点就放弃了。\n", "quote", "--en", EN, "--glossary", "none", "--in", "-",
                "--json");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines().toList()).hasSize(1);
        assertThat(Json.MAPPER.readTree(result.stdout()).get("candidates").get(0).get("firstLine").asInt()).isEqualTo(15);
    }

    @Test
    void aQuoteWithItsArticleIsAnsweredFromTheAlignment() throws Exception {
        YuanwenProcess.Result result = run(null, "quote", "--zh", ZH, "--en", EN, "--glossary", "none", "--json",
                "人们要开车四十公里去最近的超市。");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode json = Json.MAPPER.readTree(result.stdout());
        assertThat(json.get("verdict").asString()).isEqualTo("found");
        assertThat(json.get("candidates").get(0).get("text").asString())
                .isEqualTo("People drove forty kilometres to the nearest supermarket.");
        assertThat(json.get("article").get("firstLine").asInt()).isPositive();
    }

    @Test
    void aQuoteIsAnsweredFromAStoredAlignment() throws Exception {
        YuanwenProcess.Result aligned = run(null, "align", "--zh", ZH, "--en", EN, "--name", "marta", "--glossary", "none");
        assertThat(aligned.exitCode()).as(aligned.stderr()).isZero();

        YuanwenProcess.Result result = run(null, "quote", "--aligned", "marta", "--glossary", "none", "--json",
                "整整三个星期，全村都吃不上新鲜面包。");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode best = Json.MAPPER.readTree(result.stdout()).get("candidates").get(0);
        assertThat(best.get("text").asString()).contains("For three weeks the whole village had no fresh bread");
    }

    @Test
    void aMissingSourceIsBadInputInOneLine() throws Exception {
        YuanwenProcess.Result result = run(null, "quote", "--en", dir.resolve("nothing.txt").toString(), "你好，世界。");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("nothing.txt");
        assertThat(result.stderr().strip().lines()).hasSize(1);
    }

    @Test
    void aMissingQuoteFileIsBadInput() throws Exception {
        YuanwenProcess.Result result = run(null, "quote", "--en", EN, "--in", dir.resolve("quotes.txt").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("quotes.txt");
    }

    @Test
    void badCommandLinesExitWithTwo() throws Exception {
        assertThat(run(null, "quote", "--en", EN, "--bogus", "你好").exitCode()).isEqualTo(2);
        assertThat(run(null, "quote", "--en", EN, "--min-score", "2", "你好").exitCode()).isEqualTo(2);
        assertThat(run(null, "quote", "--en", EN).exitCode()).isEqualTo(2);
        assertThat(run(null, "quote", "你好").exitCode()).isEqualTo(2);
        YuanwenProcess.Result both = run(null, "quote", "--en", EN, "--zh", ZH, "--aligned", "x", "你好");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).contains("not both");
    }
}
