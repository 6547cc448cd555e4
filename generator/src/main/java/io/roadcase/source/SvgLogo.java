package io.roadcase.source;

import io.roadcase.look.XmlText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An SVG logo made safe to publish: it is parsed as XML (no DOCTYPE, so no entities) and written
 * again without anything that runs or reaches outside the file. The site shows the logo from its own
 * origin, so a script in it would run as the site's own (opened directly, {@code assets/logo.svg} is
 * a page of its own).
 *
 * <p>Dropped: {@code script}, {@code foreignObject} and the other elements that embed active content,
 * elements of any namespace but SVG's, animations that set a link or an event handler, processing
 * instructions (an {@code xml-stylesheet}), every {@code on*} attribute, {@code xml:base}, a link
 * ({@code href}, {@code xlink:href}) that is not to an {@code #id} in the same file, and an attribute or
 * style sheet with a {@code url(...)} that is not to an {@code #id}, an {@code @import} or a CSS escape.
 */
final class SvgLogo {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Elements that run, embed or fetch something; compared in lower case, whatever the namespace. */
    private static final Set<String> ACTIVE = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener", "audio", "video", "canvas", "discard");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform",
            "animatecolor");
    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);

    private SvgLogo() {
    }

    /** Whether the bytes look like XML text rather than a binary image (a cheap test before parsing). */
    static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /**
     * The logo written again without its active parts.
     *
     * @throws SourceException when the bytes are not XML or the root element is not {@code svg}
     */
    static byte[] clean(byte[] svg) throws SourceException {
        Document doc;
        try {
            doc = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        } catch (SAXException | IOException e) {
            throw new SourceException("expected an SVG image, found text that is not well-formed XML: "
                    + Messages.oneLine(e), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(localName(root))) {
            throw new SourceException("expected an SVG image (an <svg> root element), found <" + root.getNodeName()
                    + "> at the root");
        }
        cleanChildren(doc);
        cleanElement(root);
        return write(doc);
    }

    private static void cleanChildren(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (keep((Element) child)) {
                        cleanElement((Element) child);
                    } else {
                        parent.removeChild(child);
                    }
                }
                case Node.PROCESSING_INSTRUCTION_NODE, Node.ENTITY_REFERENCE_NODE, Node.DOCUMENT_TYPE_NODE ->
                        parent.removeChild(child);
                default -> {
                    // text, CDATA and comments render nothing active
                }
            }
        }
    }

    private static boolean keep(Element e) {
        String name = localName(e).toLowerCase(Locale.ROOT);
        if (ACTIVE.contains(name) || (e.getNamespaceURI() != null && !SVG_NS.equals(e.getNamespaceURI()))) {
            return false;
        }
        if (ANIMATIONS.contains(name)) {
            String target = e.getAttribute("attributeName").strip().toLowerCase(Locale.ROOT);
            if (target.endsWith("href") || target.startsWith("on") || target.equals("style")) {
                return false;
            }
        }
        if (name.equals("style")) {
            return safeCss(e.getTextContent());
        }
        return true;
    }

    private static void cleanElement(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (!keep(a)) {
                drop.add(a);
            }
        }
        drop.forEach(e::removeAttributeNode);
        cleanChildren(e);
    }

    private static boolean keep(Attr a) {
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
            return true;
        }
        String name = localName(a).toLowerCase(Locale.ROOT);
        String value = a.getValue();
        if (name.startsWith("on") || (name.equals("base") && XMLConstants.XML_NS_URI.equals(a.getNamespaceURI()))) {
            return false;
        }
        if (name.equals("href")) {
            return value.strip().startsWith("#");
        }
        if (name.equals("style")) {
            return safeCss(value);
        }
        return value.indexOf('(') < 0 || safeCss(value);
    }

    /** CSS with no {@code @import}, no escapes (which could spell {@code url} otherwise) and only {@code url(#id)}. */
    private static boolean safeCss(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import") || lower.contains("\\") || lower.contains("expression(")
                || lower.contains("image-set(") || lower.contains("image(")) {
            return false;
        }
        Matcher url = URL.matcher(css);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static String localName(Node n) {
        String local = n.getLocalName();
        return local != null ? local : SecureXml.name(n.getNodeName());
    }

    /**
     * The cleaned document as UTF-8 XML. Written here rather than by the JDK's XSLT serializer, whose
     * first use costs about 50 ms of class loading and charset tables on every run with an SVG logo.
     * Namespace declarations are attributes of the parsed document, so they are written as they were;
     * comments are dropped, CDATA is written as text.
     */
    private static byte[] write(Document doc) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        write(doc.getDocumentElement(), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                out.append('<').append(node.getNodeName());
                NamedNodeMap attributes = node.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node attribute = attributes.item(i);
                    out.append(' ').append(attribute.getNodeName()).append("=\"");
                    XmlText.append(attribute.getNodeValue(), true, out);
                    out.append('"');
                }
                if (node.getFirstChild() == null) {
                    out.append("/>");
                    return;
                }
                out.append('>');
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    write(child, out);
                }
                out.append("</").append(node.getNodeName()).append('>');
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> XmlText.append(node.getNodeValue(), false, out);
            default -> {
                // comments render nothing; everything else was removed by the cleaning
            }
        }
    }
}
