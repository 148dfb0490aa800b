package yuanwen.glossary;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import yuanwen.script.Conversions;
import yuanwen.text.BadInputException;
import yuanwen.text.XmlOutput;

/**
 * TBX termbases. Writes TBX-Basic v3 ({@code urn:iso:std:iso:30042:ed-2}): a {@code conceptEntry}
 * per entry with its id, the type as {@code descrip type="subjectField"}, the note, the source as
 * {@code admin type="source"}, and a {@code langSec} per language whose {@code termSec}s carry the
 * status as {@code administrativeStatus} (and script overrides as {@code x-traditional},
 * {@code x-taiwan}, {@code x-hongkong} term notes), so a glossary survives export and import whole.
 * Reads v3 and v2 ({@code martif/termEntry/langSet/tig}).
 *
 * <p>The parser refuses DOCTYPE declarations outright: no external entities, no entity expansion,
 * nothing fetched while reading a file someone sent.
 */
final class TbxTermbase {

    private static final String NS = "urn:iso:std:iso:30042:ed-2";
    /** Deepest element nesting read (TBX itself needs 7; the XML parser enforces it). */
    static final int MAX_DEPTH = 100;

    private TbxTermbase() {
    }

    static List<GlossaryEntry> read(Path file, String text) {
        Document document = parse(file, text);
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Element concept : descendants(document.getDocumentElement(), "conceptEntry", "termEntry")) {
            entries.add(entry(concept));
        }
        return entries;
    }

    private static GlossaryEntry entry(Element concept) {
        TermType type = TermType.TERM;
        String note = null;
        String source = null;
        List<Term> zh = new ArrayList<>();
        List<Term> en = new ArrayList<>();
        for (Element child : children(concept)) {
            String name = child.getLocalName();
            String kind = child.getAttribute("type");
            if (name.equals("descrip") && kind.equals("subjectField")) {
                type = TermType.fromLabel(child.getTextContent()).orElse(TermType.TERM);
            } else if (name.equals("note")) {
                note = child.getTextContent();
            } else if (name.equals("admin") && kind.equals("source")) {
                source = child.getTextContent();
            } else if (name.equals("langSec") || name.equals("langSet")) {
                String lang = child.getAttributeNS(XMLConstants.XML_NS_URI, "lang").toLowerCase(Locale.ROOT);
                for (Element termSec : descendants(child, "termSec", "tig", "ntig")) {
                    if (lang.startsWith("zh")) {
                        zh.add(term(termSec, lang));
                    } else if (lang.startsWith("en")) {
                        en.add(term(termSec, lang));
                    }
                }
            }
        }
        preferFirstIfNoneIs(zh);
        preferFirstIfNoneIs(en);
        String id = concept.getAttribute("id");
        if (id.isBlank()) {
            id = GlossaryEntry.idFor(type, en.isEmpty() ? "" : en.get(0).form());
        }
        return new GlossaryEntry(id, type, zh, en, note, source);
    }

    /** One term; Chinese in traditional script is stored simplified, as the glossary keeps it. */
    private static Term term(Element termSec, String lang) {
        String form = "";
        TermStatus status = null;
        String traditional = null;
        String taiwan = null;
        String hongkong = null;
        for (Element e : descendants(termSec, "term", "termNote")) {
            if (e.getLocalName().equals("term")) {
                form = e.getTextContent().strip();
                continue;
            }
            String value = e.getTextContent().strip();
            switch (e.getAttribute("type")) {
                case "administrativeStatus" -> status = TermStatus.fromTbx(value).orElse(TermStatus.ADMITTED);
                case "x-traditional" -> traditional = value;
                case "x-taiwan" -> taiwan = value;
                case "x-hongkong" -> hongkong = value;
                default -> { }
            }
        }
        String toSimplified = switch (lang) {
            case "zh-tw", "zh-hant-tw" -> "tw2sp";
            case "zh-hk", "zh-hant-hk", "zh-mo" -> "hk2s";
            case "zh-hant" -> "t2s";
            default -> null;
        };
        if (toSimplified != null) {
            form = Conversions.standard().get(toSimplified).convert(form);
        }
        return new Term(form, status == null ? TermStatus.ADMITTED : status, traditional, taiwan, hongkong);
    }

    /** A term without a status is admitted, unless no term of its language is preferred. */
    private static void preferFirstIfNoneIs(List<Term> terms) {
        if (!terms.isEmpty() && terms.stream().noneMatch(Term::isPreferred)) {
            terms.set(0, terms.get(0).withStatus(TermStatus.PREFERRED));
        }
    }

    private static Document parse(Path file, String text) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are refused");
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String problem = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE is not allowed in a termbase (no external entities or entity expansion)"
                    : e.getMessage() != null && e.getMessage().contains("maxElementDepth")
                    ? "elements nested more than " + MAX_DEPTH + " deep; a termbase needs 7 (not a TBX file, or damaged)"
                    : "malformed XML: " + e.getMessage();
            throw new BadInputException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + problem);
        } catch (SAXException e) {
            throw new BadInputException(file, "refused: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new BadInputException(file, "cannot be read as XML: " + e.getMessage());
        }
    }

    /** A DOM parser that cannot be made to read other files or expand entities (no XXE, no billion laughs). */
    static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        // TBX nests six levels deep (tbx/text/body/conceptEntry/langSec/termSec/term); a limit far
        // above that refuses a hostile nesting with one line, where the tree walk would overflow the stack.
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    /** Elements below {@code root} with one of these local names, in document order, not nested in each other. */
    private static List<Element> descendants(Element root, String... names) {
        List<Element> found = new ArrayList<>();
        for (Element child : children(root)) {
            if (List.of(names).contains(child.getLocalName())) {
                found.add(child);
            } else {
                found.addAll(descendants(child, names));
            }
        }
        return found;
    }

    static String write(Glossary glossary) {
        return XmlOutput.document(xml -> {
            xml.start("tbx").attribute("type", "TBX-Basic").attribute("style", "dca").language("en")
                    .defaultNamespace(NS);
            xml.start("tbxHeader").start("fileDesc").start("sourceDesc")
                    .element("p", glossary.name() == null ? "Yuanwen glossary" : glossary.name())
                    .end().end().end();
            xml.start("text").start("body");
            for (GlossaryEntry entry : glossary.entries()) {
                xml.start("conceptEntry").attribute("id", entry.id());
                xml.element("descrip", "type", "subjectField", entry.type().label());
                if (entry.note() != null) {
                    xml.element("note", entry.note());
                }
                if (entry.source() != null) {
                    xml.element("admin", "type", "source", entry.source());
                }
                langSec("zh", entry.zh(), xml);
                langSec("en", entry.en(), xml);
                xml.end();
            }
            xml.end().end().end();
        });
    }

    private static void langSec(String lang, List<Term> terms, XmlOutput xml) {
        xml.start("langSec").language(lang);
        for (Term t : terms) {
            xml.start("termSec").element("term", t.form());
            termNote("administrativeStatus", t.status().tbxValue(), xml);
            termNote("x-traditional", t.traditional(), xml);
            termNote("x-taiwan", t.taiwan(), xml);
            termNote("x-hongkong", t.hongkong(), xml);
            xml.end();
        }
        xml.end();
    }

    private static void termNote(String type, String value, XmlOutput xml) {
        if (value != null) {
            xml.element("termNote", "type", type, value);
        }
    }
}
