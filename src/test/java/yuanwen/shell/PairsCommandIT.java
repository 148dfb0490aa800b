package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import yuanwen.text.Json;

/**
 * The review commands of the packaged jar on a small interview of our own
 * ({@code src/test/resources/yuanwen/review}), aligned in a temporary working directory.
 */
class PairsCommandIT {

    /** Aligned once for all tests (each process costs seconds); every test works on its own copy. */
    @TempDir
    static Path alignedOnce;

    @TempDir
    Path dir;

    private YuanwenProcess.Result run(String... args) throws Exception {
        return YuanwenProcess.runIn(dir, null, args);
    }

    @BeforeAll
    static void alignTheBakeryInterview() throws Exception {
        Files.copy(PairsCommandIT.class.getResourceAsStream("/yuanwen/review/bakery.zh.md"),
                alignedOnce.resolve("bakery.zh.md"));
        Files.copy(PairsCommandIT.class.getResourceAsStream("/yuanwen/review/bakery.en.txt"),
                alignedOnce.resolve("bakery.en.txt"));
        YuanwenProcess.Result aligned = YuanwenProcess.runIn(YuanwenProcess.workspace(alignedOnce), null, "align", "--zh", "bakery.zh.md",
                "--en", "bakery.en.txt", "--name", "bakery", "--glossary", "none");
        assertThat(aligned.exitCode()).as(aligned.stderr()).isZero();
        assertThat(aligned.stdout()).startsWith("aligned/bakery.json: 19 pairs");
    }

    @BeforeEach
    void copyTheAlignmentAndItsSources() throws Exception {
        Files.createDirectories(dir.resolve("aligned"));
        for (String file : new String[] {"bakery.zh.md", "bakery.en.txt", "aligned/bakery.json"}) {
            Files.copy(alignedOnce.resolve(file), dir.resolve(file));
        }
    }

    private JsonNode link(String name, String id) throws Exception {
        for (JsonNode link : Json.MAPPER.readTree(Files.readString(dir.resolve("aligned/" + name + ".json"))).get("links")) {
            if (link.get("id").asString().equals(id)) {
                return link;
            }
        }
        throw new AssertionError("no link " + id);
    }

    @Test
    void reviewWritesGoToTheFileThatWasReadNotTheNameRecordedInIt() throws Exception {
        Path original = dir.resolve("aligned/bakery.json");
        Path copy = dir.resolve("aligned/bakery-copy.json");
        Files.copy(original, copy);
        byte[] before = Files.readAllBytes(original);

        YuanwenProcess.Result rejected = run("pairs", "reject", "bakery-copy", "p14");
        YuanwenProcess.Result accepted = run("pairs", "accept", "bakery-copy", "p5", "p6");
        YuanwenProcess.Result edited = run("pairs", "edit", "bakery-copy", "p22", "--en", "18");

        assertThat(rejected.exitCode()).as(rejected.stderr()).isZero();
        assertThat(rejected.stdout()).isEqualTo("aligned/bakery-copy.json: 1 pairs rejected\n");
        assertThat(accepted.stdout()).isEqualTo("aligned/bakery-copy.json: 2 pairs accepted\n");
        assertThat(edited.exitCode()).as(edited.stderr()).isZero();
        assertThat(edited.stdout()).startsWith("aligned/bakery-copy.json: pair p22 edited\n");
        assertThat(original).hasBinaryContent(before);
        assertThat(dir.resolve("aligned/bakery.json.bak")).doesNotExist();
        assertThat(link("bakery-copy", "p14").get("status").asString()).isEqualTo("rejected");
        assertThat(link("bakery-copy", "p5").get("status").asString()).isEqualTo("accepted");
        assertThat(link("bakery-copy", "p22").get("status").asString()).isEqualTo("edited");
        assertThat(Json.MAPPER.readTree(Files.readString(copy)).get("name").asString()).isEqualTo("bakery-copy");
    }

    @Test
    void editRescoresThePairWithTheSourcesGone() throws Exception {
        double before = link("bakery", "p22").get("score").asDouble();
        Files.delete(dir.resolve("bakery.zh.md"));
        Files.delete(dir.resolve("bakery.en.txt"));

        YuanwenProcess.Result edited = run("pairs", "edit", "bakery", "p22", "--en", "18");
        YuanwenProcess.Result shown = run("pairs", "show", "bakery", "p22");

        assertThat(edited.exitCode()).as(edited.stderr()).isZero();
        JsonNode link = link("bakery", "p22");
        assertThat(link.get("en").toString()).isEqualTo("[18]");
        assertThat(link.get("type").asString()).isEqualTo("1-1");
        assertThat(link.get("score").asDouble()).isNotEqualTo(before);
        assertThat(shown.stdout()).contains("edited", "Thank you, Tom.", "汤姆 ↔ Tom")
                .doesNotContain("thank you all for listening");
    }

    @Test
    void tmxNamesTheSpeakersAndParses() throws Exception {
        YuanwenProcess.Result exported = run("pairs", "export", "bakery", "--format", "tmx", "--out", "bakery.tmx");

        assertThat(exported.exitCode()).as(exported.stderr()).isZero();
        byte[] tmx = Files.readAllBytes(dir.resolve("bakery.tmx"));
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(tmx))
                .getDocumentElement();
        assertThat(root.getElementsByTagName("tu").getLength()).isEqualTo(19);
        assertThat(new String(tmx, StandardCharsets.UTF_8)).contains("<prop type=\"x-speaker\">Tom Baker</prop>",
                "<tuv xml:lang=\"zh-CN\">").doesNotContain("turn ");
    }

    @Test
    void badIdsAndNamesAreOneLineAndChangeNothing() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("aligned/bakery.json"));

        YuanwenProcess.Result noPair = run("pairs", "reject", "bakery", "p5", "p999");
        YuanwenProcess.Result noAlignment = run("pairs", "accept", "nobody", "p5");
        YuanwenProcess.Result takenEnglish = run("pairs", "edit", "bakery", "p9", "--en", "6-7");

        assertThat(noPair.exitCode()).isEqualTo(2);
        assertThat(noPair.stderr()).isEqualTo("yuanwen: alignment bakery has no pair 'p999' (pairs list bakery shows the ids)\n");
        assertThat(noAlignment.exitCode()).isEqualTo(1);
        assertThat(noAlignment.stderr()).contains("nobody.json", "no such alignment").doesNotContain("Exception")
                .hasLineCount(1);
        assertThat(takenEnglish.exitCode()).isEqualTo(2);
        assertThat(takenEnglish.stderr()).contains("belongs to pair p10").hasLineCount(1);
        assertThat(dir.resolve("aligned/bakery.json")).hasBinaryContent(before);
    }
}
