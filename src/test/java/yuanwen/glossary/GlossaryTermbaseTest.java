package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.text.BadInputException;

class GlossaryTermbaseTest {

    @TempDir
    Path dir;

    private static final String TSV = TsvTermbase.HEADER + "\n"
            + "AI agent\t智能体\tSays \"agent\", not 代理\n"
            + "AI agent\t人工智能代理\n"
            + "Jeff Bezos\t杰夫·贝索斯\tAmazon's founder; 'Bezos' alone is fine\n";

    @Test
    void tsvRoundTripsThroughTheGlossary() throws IOException {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "\uFEFF" + TSV);

        List<GlossaryEntry> entries = TermbaseFormat.TSV.read(in);
        String written = TermbaseFormat.TSV.write(new Glossary(null, null, entries));

        assertThat(written).isEqualTo(TSV);
        assertThat(entries.get(0).zh()).containsExactly(Term.preferred("智能体"), Term.admitted("人工智能代理"));
        assertThat(entries.get(0).id()).isEqualTo("term.ai-agent");
    }

    @Test
    void tsvWithTheWrongNumberOfColumnsNamesTheLine() throws IOException {
        Path in = dir.resolve("bad.txt");
        Files.writeString(in, "# comment\nAI\t人工智能\n\nJeff Bezos\n");

        assertThatThrownBy(() -> TermbaseFormat.TSV.read(in)).isInstanceOf(BadInputException.class)
                .hasMessage(in + ":4: expected 2 or 3 tab-separated columns (English, Chinese, comment), found 1");
    }

    @Test
    void csvRoundTripsQuotesCommasTabsAndLineBreaks() throws IOException {
        String csv = "en,zh,note\r\n"
                + "AI agent,智能体,\"Says \"\"agent\"\", not 代理, and\ttabs\"\r\n"
                + "AI agent,人工智能代理,\r\n"
                + "Jeff Bezos,杰夫·贝索斯,\"two\nlines\"\r\n";
        Path in = dir.resolve("in.csv");
        Files.writeString(in, csv);

        List<GlossaryEntry> entries = TermbaseFormat.CSV.read(in);

        assertThat(entries.get(0).note()).isEqualTo("Says \"agent\", not 代理, and\ttabs");
        assertThat(TermbaseFormat.CSV.write(new Glossary(null, null, entries))).isEqualTo(csv);
    }

    @Test
    void csvReadsAHeaderOfLanguageCodesInAnyOrder() throws IOException {
        Path in = dir.resolve("codes.csv");
        Files.writeString(in, "zh-CN,en-US\n亚马逊,Amazon\n");

        assertThat(TermbaseFormat.CSV.read(in)).singleElement().satisfies(e -> {
            assertThat(e.preferredEn()).isEqualTo("Amazon");
            assertThat(e.preferredZh()).isEqualTo("亚马逊");
        });
    }

    @Test
    void tbxKeepsEverythingOfTheShippedGlossaryPlusOverridesTabsAndQuotes() throws IOException {
        Glossary shipped = GlossaryMatcherTest.SHIPPED;
        GlossaryEntry tricky = new GlossaryEntry("person.fan-bingbing", TermType.PERSON,
                List.of(new Term("范冰冰", TermStatus.PREFERRED, "范冰冰", null, "范冰冰"), Term.admitted("范爷")),
                List.of(Term.preferred("Fan Bingbing"), new Term("Fan \"Bing\"\tBing", TermStatus.DEPRECATED)),
                "Actress <not> a & b", "seeds none");
        Glossary glossary = shipped.with(tricky);
        Path file = dir.resolve("out.tbx");
        Files.writeString(file, TermbaseFormat.TBX.write(glossary));

        List<GlossaryEntry> read = TermbaseFormat.TBX.read(file);

        assertThat(read).isEqualTo(glossary.entries());
        assertThat(TermbaseFormat.TBX.write(new Glossary(glossary.name(), null, read)))
                .isEqualTo(Files.readString(file));
        assertThat(Files.readString(file)).contains("xmlns=\"urn:iso:std:iso:30042:ed-2\"",
                "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>");
    }

    @Test
    void tbxLeavesOutCharactersXmlForbidsAndKeepsCarriageReturns() throws Exception {
        GlossaryEntry dirty = new GlossaryEntry("person.tom-baker", TermType.PERSON,
                List.of(Term.preferred("汤姆\u0001·贝克")), List.of(Term.preferred("Tom\u000B Baker\uFFFF")),
                "line one\r\nline two\u001B", null);
        Path file = dir.resolve("dirty.tbx");
        Files.writeString(file, TermbaseFormat.TBX.write(new Glossary(null, null, List.of(dirty))));

        List<GlossaryEntry> read = TermbaseFormat.TBX.read(file);

        assertThat(Files.readString(file)).doesNotContain("\u0001", "\u000B", "\uFFFF", "\u001B");
        assertThat(read).singleElement().satisfies(e -> {
            assertThat(e.preferredZh()).isEqualTo("汤姆·贝克");
            assertThat(e.preferredEn()).isEqualTo("Tom Baker");
            assertThat(e.note()).isEqualTo("line one\r\nline two");
        });
    }

    @Test
    void tbxV2MartifIsRead() throws IOException {
        Path file = dir.resolve("v2.tbx");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX" xml:lang="en"><text><body>
                  <termEntry id="c1">
                    <langSet xml:lang="en-US"><tig><term>software</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                    <langSet xml:lang="zh-TW"><tig><term>軟體</term></tig>
                      <ntig><termGrp><term>軟件</term></termGrp>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></ntig></langSet>
                  </termEntry>
                </body></text></martif>
                """);

        assertThat(TermbaseFormat.TBX.read(file)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("c1");
            assertThat(e.en()).containsExactly(Term.preferred("software"));
            assertThat(e.zh()).extracting(Term::status).containsExactly(TermStatus.PREFERRED, TermStatus.DEPRECATED);
            assertThat(e.preferredZh()).isEqualTo("软件");
        });
    }

    @Test
    void tbxWithADoctypeOrExternalEntityIsRefused() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path file = dir.resolve("evil.tbx");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\"><!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
                + "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"x\">"
                + "<langSec xml:lang=\"en\"><termSec><term>&xxe;&lol2;</term></termSec></langSec>"
                + "</conceptEntry></body></text></tbx>");

        assertThatThrownBy(() -> TermbaseFormat.TBX.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":2:").hasMessageContaining("DOCTYPE is not allowed")
                .hasMessageNotContaining("TOP SECRET");
    }

    @Test
    void malformedTbxNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.tbx");
        Files.writeString(file, "<tbx>\n<text>\n</tbx>\n");

        assertThatThrownBy(() -> TermbaseFormat.TBX.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":3:").hasMessageContaining("malformed XML");
    }
}
