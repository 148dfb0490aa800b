package yuanwen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.text.Json;

/** Many alignments in one file: TMX, TSV with the alignment's name, JSON Lines with the sources. */
class CorpusExportsTest {

    private static final String VIDEO = "https://example.org/bakery-tour";

    /** The bakery interview, and a second alignment of it in Taiwan script with a video and one pair rejected. */
    private static List<AlignmentFile> corpus() {
        AlignmentFile bakery = AlignedStoreTest.bakery();
        Side zh = bakery.zh();
        List<Link> links = new ArrayList<>(bakery.links());
        links.set(0, links.get(0).withStatus(Status.REJECTED));
        AlignmentFile taiwan = new AlignmentFile(bakery.schemaVersion(), "bakery-tw",
                new Side("bakery.zh-TW.md", zh.sha256(), zh.format(), "traditional-taiwan", zh.encoding(), zh.sentences()),
                bakery.en().withVideo(VIDEO), null, bakery.parameters(), links);
        return List.of(bakery, taiwan);
    }

    @Test
    void tmxHoldsEveryAlignmentsPairsWithTheirNamesAndScripts() throws Exception {
        String tmx = AlignedExports.tmx(corpus(), null);

        NodeList units = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("tu");
        List<String> ids = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        for (int k = 0; k < units.getLength(); k++) {
            Element tu = (Element) units.item(k);
            ids.add(tu.getAttribute("tuid"));
            Element zh = (Element) tu.getElementsByTagName("tuv").item(1);
            chinese.add(zh.getAttribute("xml:lang"));
        }
        assertThat(ids).containsExactly("bakery-p1", "bakery-p2", "bakery-tw-p2");
        assertThat(chinese).containsExactly("zh-CN", "zh-CN", "zh-TW");
        assertThat(tmx).contains("<prop type=\"x-video\">" + VIDEO + "</prop>");
    }

    @Test
    void tsvLeadsEachRowWithItsAlignmentsNameAndLeavesRejectedPairsOut() {
        List<String> rows = AlignedExports.tsv(corpus()).lines().toList();

        assertThat(rows.get(0)).startsWith("name\tid\tstatus\tscore\t");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.split("\t")[0] + " " + r.split("\t")[1])
                .containsExactly("bakery p1", "bakery p2", "bakery-tw p2");
        String single = AlignedExports.tsv(AlignedStoreTest.bakery());
        assertThat(rows.get(1)).isEqualTo("bakery\t" + single.lines().toList().get(1));
    }

    @Test
    void jsonLinesGiveEachPairWithItsSourcesOneALine() {
        List<JsonNode> records = AlignedExports.jsonLines(corpus()).lines().map(Json.MAPPER::readTree).toList();

        assertThat(records).hasSize(3);
        JsonNode last = records.get(2);
        assertThat(last.get("name").asString()).isEqualTo("bakery-tw");
        assertThat(last.get("zhSource").asString()).isEqualTo("bakery.zh-TW.md");
        assertThat(last.get("enSource").asString()).isEqualTo("bakery.en.txt");
        assertThat(last.get("video").asString()).isEqualTo(VIDEO);
        assertThat(last.get("zh").asString()).isEqualTo("我们每天早上烤大约300个面包。");
        assertThat(last.get("en").asString()).isEqualTo("We bake about 300 loaves. Every morning.");
        assertThat(last.get("enIds").toString()).isEqualTo("[2,3]");
        assertThat(last.get("start").asDouble()).isEqualTo(15.25);
        assertThat(last.get("speaker").asString()).isEqualTo("Tom Baker");
        assertThat(records.get(0).has("video")).as("no video: no key").isFalse();
    }
}
