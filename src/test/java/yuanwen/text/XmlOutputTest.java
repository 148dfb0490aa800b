package yuanwen.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlOutputTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesAnIndentedDocumentWithTextOnlyElementsOnOneLine() {
        String xml = XmlOutput.document(out -> out.start("a").attribute("v", "1")
                .element("b", "x").empty("c").attribute("k", "y").end());

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <a v="1">
                  <b>x</b>
                  <c k="y"/>
                </a>
                """);
    }

    @Test
    void markupIsEscapedAndTabsLineBreaksAndCarriageReturnsSurviveInText() throws Exception {
        String text = "a < b & \"c\" > 'd'\tnext\nline\r\nend\r";

        String xml = XmlOutput.document(out -> out.start("a").attribute("q", "x\"<&>\ty\nz").text(text).end());

        Element root = parse(xml).getDocumentElement();
        assertThat(root.getTextContent()).isEqualTo(text);
        // A parser reads tabs and line breaks in attributes as spaces; they are written so.
        assertThat(root.getAttribute("q")).isEqualTo("x\"<&> y z");
    }

    @Test
    void charactersXml10ForbidsAreLeftOutAndEverythingElseIsKept() throws Exception {
        String dirty = "ok\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF \uD800x\uDC00 \uD83D\uDE00 \u0085\u2028\u00A0中";

        String xml = XmlOutput.document(out -> out.start("a").attribute("q", dirty).text(dirty).end());

        assertThat(XmlOutput.legal(dirty)).isEqualTo("ok x \uD83D\uDE00 \u0085\u2028\u00A0中");
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getTextContent()).isEqualTo("ok x \uD83D\uDE00 \u0085\u2028\u00A0中");
        assertThat(root.getAttribute("q")).isEqualTo("ok x \uD83D\uDE00 \u0085\u2028\u00A0中");
        assertThat(XmlOutput.legal("plain text\tand\nlines")).isEqualTo("plain text\tand\nlines");
    }

    @Test
    void anElementLeftOpenIsABug() {
        assertThatThrownBy(() -> XmlOutput.document(out -> out.start("a"))).isInstanceOf(IllegalStateException.class);
    }
}
