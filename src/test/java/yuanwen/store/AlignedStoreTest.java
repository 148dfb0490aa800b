package yuanwen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import yuanwen.read.BadInputException;
import yuanwen.store.AlignedDocument.Evidence;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedDocument.Span;
import yuanwen.store.AlignedDocument.Status;

class AlignedStoreTest {

    @TempDir
    Path dir;

    /** Two pairs from seed 003 and the Nadella transcript, one Chinese summary line, one English aside. */
    static AlignedDocument nadella() {
        Pair joined = new Pair("p38",
                new Span(List.of(38), "你 1992年加入微软。", "主持人Brad", 53, 54, 2100, 2114, null, null),
                new Span(List.of(4), "You know, you started at Microsoft in 1992, for those who may not know.",
                        "turn 1", 11, 12, 700, 771, 36.04, 39.64),
                "1-1", 0.91, List.of(new Evidence("number", "1992年", "1992", 0.4),
                        new Evidence("glossary", "微软", "Microsoft", 0.3)), Status.auto);
        Pair azure = new Pair("p43",
                new Span(List.of(43), "自那以后，你把 Azure 的运营收入从 10 亿美元提升到了 660亿美元。", "主持人Brad", 57, 58,
                        2200, 2240, null, null),
                new Span(List.of(10), "Now, since then, you've taken Azure from $1 billion to $66 billion run rate.",
                        "turn 1", 20, 21, 1300, 1376, 61.48, 68.44),
                "1-1", 0.95, List.of(new Evidence("number", "660亿美元", "$66 billion", 0.5),
                        new Evidence("latin", "Azure", "Azure", 0.3)), Status.accepted);
        return new AlignedDocument(AlignedDocument.SCHEMA_VERSION, "nadella",
                new AlignedDocument.SourceInfo("seeds/003.txt", "ab12", "article", "simplified", "UTF-8", 867),
                new AlignedDocument.SourceInfo("nadella.en.txt", "cd34", "whisper", null, "UTF-8", 826),
                null, Map.of("maxBead", 3), List.of(joined, azure),
                List.of(new Span(List.of(2), "内容提要: 微软CEO萨蒂亚·纳德拉接受BG2播客访谈", null, 18, 18, 300, 326, null, null)),
                List.of(new Span(List.of(5), "[MUSIC PLAYING] <Well> & \"great\".", "turn 1", 13, 13, 800, 830, 40.0, 41.0)));
    }

    @Test
    void savesAndLoadsTheSameBytes() throws Exception {
        AlignedStore store = new AlignedStore(dir);
        Path file = store.save(nadella());
        byte[] first = Files.readAllBytes(file);

        AlignedDocument loaded = store.load("nadella");
        store.save(loaded);

        assertThat(loaded).isEqualTo(nadella());
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(dir.resolve("nadella.json.bak")).hasBinaryContent(first);
        assertThat(store.names()).containsExactly("nadella");
    }

    @Test
    void aHandBrokenFileIsReportedWithLineAndColumn() throws Exception {
        AlignedStore store = new AlignedStore(dir);
        Path file = store.save(nadella());
        Files.writeString(file, Files.readString(file).replace("\"bead\" : \"1-1\",", "\"bead\" : \"1-1\""));

        assertThatThrownBy(() -> store.load("nadella"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("not a valid alignment file")
                .hasMessageMatching("(?s).*json:\\d+:\\d+: .*");
    }

    @Test
    void refusesNamesThatAreNotPlainFileNames() {
        AlignedStore store = new AlignedStore(dir);
        assertThatThrownBy(() -> store.fileOf("../escape")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.fileOf("nadella-2024_12.v2")).isEqualTo(dir.resolve("nadella-2024_12.v2.json"));
    }

    @Test
    void tmxIsWellFormedWithPropsAndBothLanguages() throws Exception {
        String tmx = AlignedExports.tmx(nadella(), "zh-CN");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("tu").getLength()).isEqualTo(2);
        assertThat(xml.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
        assertThat(tmx).contains("<prop type=\"x-start\">36.040</prop>", "<prop type=\"x-speaker\">turn 1</prop>",
                "<tuv xml:lang=\"zh-CN\"><seg>你 1992年加入微软。</seg></tuv>", "srclang=\"en\"");
    }

    @Test
    void rejectedPairsLeaveTmxAndBecomeUnalignedBeads() {
        AlignedDocument doc = nadella();
        List<Pair> pairs = List.of(doc.pairs().get(0).withStatus(Status.rejected), doc.pairs().get(1));
        AlignedDocument reviewed = new AlignedDocument(doc.schemaVersion(), doc.name(), doc.zh(), doc.en(),
                doc.glossary(), doc.parameters(), pairs, doc.unalignedZh(), doc.unalignedEn());

        assertThat(AlignedExports.tmx(reviewed, "zh-CN")).doesNotContain("1992年");
        assertThat(AlignedExports.tsv(reviewed).lines()).hasSize(2);
        assertThat(AlignedExports.beads(reviewed)).isEqualTo("[]:[4]\n[]:[5]\n[2]:[]\n[38]:[]\n[43]:[10]\n");
    }

    @Test
    void beadsPutUnalignedEnglishWhereItFalls() {
        assertThat(AlignedExports.beads(nadella())).isEqualTo("[2]:[]\n[38]:[4]\n[]:[5]\n[43]:[10]\n");
    }

    @Test
    void tsvEscapesNothingItCannotKeep() {
        String tsv = AlignedExports.tsv(nadella());
        assertThat(tsv.lines().findFirst().orElseThrow()).startsWith("id\tstatus\tscore");
        assertThat(tsv).contains("p43\taccepted\t0.9500\t1-1\t", "\t61.480\t68.440\tturn 1");
    }
}
