package yuanwen.text;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one way Yuanwen writes XML (TMX, TBX): the JDK's {@link XMLStreamWriter} does the escaping,
 * this class adds what it leaves to the caller. Characters that XML 1.0 forbids even as references
 * (most C0 controls, U+FFFE/U+FFFF, unpaired surrogates) never reach the output ({@link #legal});
 * a carriage return in text is written as {@code &#13;} so that it survives a parser's line-end
 * normalisation; the layout is fixed (two spaces a level, text-only elements on one line), so the
 * same content always gives the same bytes.
 */
public final class XmlOutput {

    /** Writes a document's content; the declaration and the final line break are added around it. */
    @FunctionalInterface
    public interface Body {
        void write(XmlOutput xml);
    }

    /** Whether the open element has child elements yet (then its end tag goes on a line of its own). */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private final XMLStreamWriter writer;

    private XmlOutput(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** A whole UTF-8 XML 1.0 document as text. */
    public static String document(Body body) {
        StringWriter out = new StringWriter();
        try {
            // The JDK's own writer, whatever else is on the class path: the bytes must not depend on it.
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            XmlOutput xml = new XmlOutput(writer);
            body.write(xml);
            if (!xml.open.isEmpty()) {
                throw new IllegalStateException(xml.open.size() + " XML element(s) left open");
            }
            writer.writeEndDocument();
            writer.writeCharacters("\n");
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML could not be written: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Opens an element on a new line. */
    public XmlOutput start(String name) {
        try {
            newLine();
            writer.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        open.push(new boolean[1]);
        return this;
    }

    /** An element with no content, on a new line; give its attributes next. */
    public XmlOutput empty(String name) {
        try {
            newLine();
            writer.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** An element holding only text, on one line: {@code <seg>text</seg>}. */
    public XmlOutput element(String name, String text) {
        start(name);
        text(text);
        return end();
    }

    /** Like {@link #element} with one attribute: {@code <prop type="x-score">0.91</prop>}. */
    public XmlOutput element(String name, String attribute, String value, String text) {
        start(name);
        attribute(attribute, value);
        text(text);
        return end();
    }

    /**
     * An attribute of the element just opened. Tabs and line breaks become spaces, which is what
     * any parser reads them as (attribute-value normalisation).
     */
    public XmlOutput attribute(String name, String value) {
        try {
            writer.writeAttribute(name, attributeValue(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** {@code xml:lang} of the element just opened. */
    public XmlOutput language(String tag) {
        try {
            writer.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", attributeValue(tag));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** The default namespace, declared on the element just opened. */
    public XmlOutput defaultNamespace(String uri) {
        try {
            writer.writeDefaultNamespace(uri);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Text content of the open element. */
    public XmlOutput text(String text) {
        String legal = legal(text);
        try {
            int from = 0;
            for (int cr = legal.indexOf('\r'); cr >= 0; cr = legal.indexOf('\r', from)) {
                writer.writeCharacters(legal.substring(from, cr));
                writer.writeEntityRef("#13");
                from = cr + 1;
            }
            writer.writeCharacters(legal.substring(from));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Closes the open element; its end tag goes on a new line when it holds elements. */
    public XmlOutput end() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no XML element is open");
        }
        boolean[] hasElements = open.pop();
        try {
            if (hasElements[0]) {
                writer.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        writer.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private static String attributeValue(String value) {
        return legal(value).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * {@code text} without the characters XML 1.0 does not allow anywhere in a document: U+0000 to
     * U+001F except tab, line feed and carriage return; U+FFFE and U+FFFF; surrogates that are not
     * part of a pair. Everything else is kept as it is.
     */
    public static String legal(String text) {
        int k = 0;
        while (k < text.length() && allowed(text, k)) {
            k += Character.charCount(text.codePointAt(k));
        }
        if (k == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, k);
        while (k < text.length()) {
            int step = allowed(text, k) ? Character.charCount(text.codePointAt(k)) : 1;
            if (allowed(text, k)) {
                out.append(text, k, k + step);
            }
            k += step;
        }
        return out.toString();
    }

    private static boolean allowed(String text, int k) {
        char c = text.charAt(k);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1));
        }
        return !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("XML could not be written: " + e.getMessage(), e);
    }
}
