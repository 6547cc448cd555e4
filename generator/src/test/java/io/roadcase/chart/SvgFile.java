package io.roadcase.chart;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A chart SVG parsed with the JDK parser (no DTDs, no external entities), with its texts measured. */
final class SvgFile {

    private static final Pattern SIZE = Pattern.compile("font-size:([0-9.]+)px");

    /** One {@code <text>}: its content, baseline start and drawn width in the bundled font. */
    record Text(String content, double x, double y, double width, double ascent, double descent) {
    }

    final Document document;
    final Element root;

    private SvgFile(Document document) {
        this.document = document;
        this.root = document.getDocumentElement();
    }

    static SvgFile parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return new SvgFile(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)));
    }

    String child(String tag) {
        NodeList list = root.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    /** Names of every element in the document. */
    List<String> elementNames() {
        List<String> names = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            names.add(all.item(i).getNodeName());
        }
        return names;
    }

    int count(String tag) {
        return document.getElementsByTagName(tag).getLength();
    }

    List<Text> texts(Theme theme) {
        List<Text> texts = new ArrayList<>();
        NodeList list = document.getElementsByTagName("text");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            String style = e.getAttribute("style");
            Matcher m = SIZE.matcher(style);
            float size = m.find() ? Float.parseFloat(m.group(1)) : 16f;
            Font font = style.contains("font-weight:bold") ? theme.bold(size) : theme.regular(size);
            String content = e.getTextContent();
            var metrics = font.getLineMetrics(content, Canvas.MEASURE);
            texts.add(new Text(content, Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")),
                    Canvas.width(content, font), metrics.getAscent() * 0.8, metrics.getDescent()));
        }
        return texts;
    }

    List<String> textContents(Theme theme) {
        return texts(theme).stream().map(Text::content).toList();
    }
}
