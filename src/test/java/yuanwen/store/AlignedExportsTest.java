package yuanwen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;

class AlignedExportsTest {

    private static final AlignmentFile BAKERY = AlignedStoreTest.bakery();

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code prop} values of one translation unit, by type. */
    private static List<String> props(Element tu, String type) {
        List<String> values = new ArrayList<>();
        NodeList props = tu.getElementsByTagName("prop");
        for (int k = 0; k < props.getLength(); k++) {
            Element prop = (Element) props.item(k);
            if (prop.getAttribute("type").equals(type)) {
                values.add(prop.getTextContent());
            }
        }
        return values;
    }

    private static AlignmentFile withLinks(AlignmentFile file, List<Link> links) {
        return file.withLinks(links);
    }

    private static AlignmentFile withScript(AlignmentFile file, String script) {
        Side zh = file.zh();
        return new AlignmentFile(file.schemaVersion(), file.name(), new Side(zh.path(), zh.sha256(), zh.format(),
                script, zh.encoding(), zh.sentences()), file.en(), file.glossary(), file.parameters(), file.links());
    }

    @Test
    void tmxIsValidXmlWithPropsSpeakerNamesAndBothLanguages() throws Exception {
        String tmx = AlignedExports.tmx(BAKERY, null);

        Document xml = parse(tmx);
        assertThat(xml.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
        NodeList units = xml.getElementsByTagName("tu");
        assertThat(units.getLength()).isEqualTo(2);
        Element second = (Element) units.item(1);
        assertThat(second.getAttribute("tuid")).isEqualTo("bakery-p2");
        assertThat(props(second, "x-start")).containsExactly("15.250");
        assertThat(props(second, "x-speaker")).containsExactly("Tom Baker");
        assertThat(props(second, "x-turn")).containsExactly("2");
        assertThat(props(second, "x-source-lines")).containsExactly("zh 9-10; en 5-6");
        NodeList tuvs = second.getElementsByTagName("tuv");
        assertThat(((Element) tuvs.item(0)).getAttribute("xml:lang")).isEqualTo("en");
        assertThat(tuvs.item(0).getTextContent().strip()).isEqualTo("We bake about 300 loaves. Every morning.");
        assertThat(((Element) tuvs.item(1)).getAttribute("xml:lang")).isEqualTo("zh-CN");
        assertThat(tuvs.item(1).getTextContent().strip()).isEqualTo("我们每天早上烤大约300个面包。");
        assertThat(tmx).doesNotContain("turn 2").contains("srclang=\"en\"");
    }

    @Test
    void tmxTagsTheChineseAfterTheScriptItWasWrittenIn() throws Exception {
        List<String> tags = new ArrayList<>();
        for (String script : List.of("simplified", "traditional-taiwan", "traditional-hongkong", "traditional", "mixed")) {
            Document xml = parse(AlignedExports.tmx(withScript(BAKERY, script), null));
            tags.add(((Element) xml.getElementsByTagName("tuv").item(1)).getAttribute("xml:lang"));
        }

        assertThat(tags).containsExactly("zh-CN", "zh-TW", "zh-HK", "zh-Hant", "zh");
        assertThat(AlignedExports.tmx(withScript(BAKERY, "traditional-taiwan"), "zh-Hant-TW"))
                .contains("xml:lang=\"zh-Hant-TW\"");
    }

    @Test
    void controlCharactersIllegalInXmlNeverReachTheTmx() throws Exception {
        Side en = BAKERY.en();
        List<StoredSentence> sentences = new ArrayList<>(en.sentences());
        StoredSentence first = sentences.get(0);
        sentences.set(0, new StoredSentence("I opened\u0001 this\u000B bakery\uFFFE in \uD800 2015.\r",
                first.speaker(), first.lines(), first.offsets(), first.time()));
        AlignmentFile dirty = new AlignmentFile(BAKERY.schemaVersion(), "bad\u0007name", BAKERY.zh(),
                new Side(en.path(), en.sha256(), en.format(), en.script(), en.encoding(), sentences), null,
                BAKERY.parameters(), BAKERY.links());

        String tmx = AlignedExports.tmx(dirty, null);

        Document xml = parse(tmx);
        Element unit = (Element) xml.getElementsByTagName("tu").item(0);
        assertThat(unit.getAttribute("tuid")).isEqualTo("badname-p1");
        assertThat(unit.getElementsByTagName("seg").item(0).getTextContent()).isEqualTo("I opened this bakery in  2015.\r");
        assertThat(tmx).doesNotContain("\u0001", "\u000B", "\uFFFE", "\uD800", "\u0007");
    }

    @Test
    void theSameAlignmentGivesTheSameTmx() {
        assertThat(AlignedExports.tmx(AlignedStoreTest.bakery(), null)).isEqualTo(AlignedExports.tmx(BAKERY, null));
    }

    @Test
    void rejectedPairsLeaveTmxAndTsvAndBecomeUnalignedBeads() throws Exception {
        AlignmentFile reviewed = withLinks(BAKERY, List.of(BAKERY.links().get(0).withStatus(Status.REJECTED),
                BAKERY.links().get(1)));

        assertThat(parse(AlignedExports.tmx(reviewed, null)).getElementsByTagName("tu").getLength()).isEqualTo(1);
        assertThat(AlignedExports.tmx(reviewed, null)).doesNotContain("2015");
        assertThat(AlignedExports.tsv(reviewed).lines()).hasSize(2);
        assertThat(AlignedExports.beads(reviewed)).isEqualTo("[]:[0]\n[]:[1]\n[0]:[]\n[1]:[]\n[2]:[2, 3]\n");
    }

    @Test
    void beadsPutUnalignedEnglishWhereItFallsAndEverySentenceOnce() {
        assertThat(AlignedExports.beads(BAKERY)).isEqualTo("[0]:[]\n[1]:[0]\n[]:[1]\n[2]:[2, 3]\n");

        // An edit took English 0 from a pair that was rejected: it is in one bead, not two.
        Link rejected = BAKERY.links().get(0).withStatus(Status.REJECTED);
        Link edited = BAKERY.links().get(1).withEnglish(List.of(0), 0.5, List.of(), Status.EDITED);
        assertThat(AlignedExports.beads(withLinks(BAKERY, List.of(rejected, edited))))
                .isEqualTo("[0]:[]\n[1]:[]\n[2]:[0]\n[]:[1]\n[]:[2]\n[]:[3]\n");
    }

    @Test
    void tsvHasOneRowPerPairWithNamesAndTurns() {
        String tsv = AlignedExports.tsv(BAKERY);

        assertThat(tsv.lines().findFirst().orElseThrow()).isEqualTo(
                "id\tstatus\tscore\tbead\tzh\ten\tzh_lines\ten_lines\tstart\tend\tspeaker\tturn");
        assertThat(tsv).contains("p2\taccepted\t0.9500\t1-2\t我们每天早上烤大约300个面包。\tWe bake about 300 loaves. "
                + "Every morning.\t9-10\t5-6\t15.250\t18.000\tTom Baker\t2\n");
    }
}
