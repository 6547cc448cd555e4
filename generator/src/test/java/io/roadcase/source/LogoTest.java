package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** A logo is an image by its first bytes; an SVG logo is published without anything active. */
class LogoTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
    static final byte[] GIF = "GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path data;

    @Test
    void eachImageTypeIsKnownByItsFirstBytes() throws IOException, SourceException {
        assertThat(read("a.png", PNG).type()).isEqualTo(Logo.Type.PNG);
        assertThat(read("a.jpg", JPEG).type()).isEqualTo(Logo.Type.JPEG);
        assertThat(read("a.jpeg", JPEG).outputPath()).isEqualTo("assets/logo.jpg");
        assertThat(read("a.gif", GIF).type()).isEqualTo(Logo.Type.GIF);
        assertThat(read("a.webp", WEBP).type()).isEqualTo(Logo.Type.WEBP);
        assertThat(read("a.png", PNG).bytes()).isEqualTo(PNG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.png", "a.jpg", "a.gif", "a.webp"})
    void aFileThatIsNoImageIsRefused(String name) throws IOException {
        Files.writeString(data.resolve(name), "PATH=/usr/bin\nSECRET=x\n");
        assertThatThrownBy(() -> Logo.read(data, name)).isInstanceOf(Logo.Refused.class)
                .hasMessageContaining("no image");
    }

    @Test
    void anImageOfAnotherTypeThanItsNameIsRefused() throws IOException {
        Files.write(data.resolve("logo.png"), GIF);
        assertThatThrownBy(() -> Logo.read(data, "logo.png")).hasMessageContaining("PNG").hasMessageContaining("GIF");
    }

    @Test
    void aMissingLogoIsOnlyMissing() {
        assertThatThrownBy(() -> Logo.read(data, "logo.png"))
                .isInstanceOfSatisfying(Logo.Refused.class, e -> assertThat(e.missing()).isTrue());
    }

    @Test
    void anOversizedLogoIsRefused() throws IOException {
        byte[] big = new byte[(int) Logo.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        Files.write(data.resolve("logo.png"), big);
        assertThatThrownBy(() -> Logo.read(data, "logo.png")).hasMessageContaining("larger than 5 MB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not xml at all", "<svg xmlns='http://www.w3.org/2000/svg'>", "<html><body/></html>",
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><svg>&x;</svg>"})
    void anSvgThatIsNotAnSvgDocumentIsRefused(String text) throws IOException {
        Files.writeString(data.resolve("logo.svg"), text);
        assertThatThrownBy(() -> Logo.read(data, "logo.svg")).isInstanceOf(Logo.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<script xlink:href='https://evil.example/x.js'/>",
        "<svg:script xmlns:svg='http://www.w3.org/2000/svg'>alert(1)</svg:script>",
        "<rect onclick='alert(1)' ONMOUSEOVER='alert(2)' width='1' height='1'/>",
        "<foreignObject><div xmlns='http://www.w3.org/1999/xhtml'><iframe src='https://evil.example'/></div></foreignObject>",
        "<a href='javascript:alert(1)'><rect width='1' height='1'/></a>",
        "<a xlink:href='https://evil.example'><text>x</text></a>",
        "<image href='https://evil.example/track.png' width='1' height='1'/>",
        "<image xlink:href='data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' width='1' height='1'/>",
        "<use href='https://evil.example/sprite.svg#a'/>",
        "<rect fill='url(https://evil.example/p.svg#g)' width='1' height='1'/>",
        "<rect style='fill:url(\"https://evil.example/x\")' width='1' height='1'/>",
        "<rect style='background:u\\72l(https://evil.example/x)' width='1' height='1'/>",
        "<style>@import url(https://evil.example/x.css);</style>",
        "<style>rect { fill: url(//evil.example/x) }</style>",
        "<set attributeName='href' to='javascript:alert(1)'/>",
        "<animate attributeName='xlink:href' values='javascript:alert(1)'/>",
        "<set attributeName='onclick' to='alert(1)'/>",
        "<iframe xmlns='http://www.w3.org/1999/xhtml' src='https://evil.example'/>",
        "<handler type='application/ecmascript'>alert(1)</handler>",
        "<g xml:base='https://evil.example/'><use href='#a'/></g>",
    })
    void nothingActiveOrOutsideSurvives(String payload) throws IOException, SourceException {
        String svg = "<?xml-stylesheet href='https://evil.example/x.css'?>"
                + "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='10'>"
                + "<defs><linearGradient id='g'/></defs>" + payload + "<circle id='keep' r='5' fill='url(#g)'/>"
                + "<use href='#keep'/><use xlink:href='#keep'/></svg>";
        Files.writeString(data.resolve("logo.svg"), svg, StandardCharsets.UTF_8);

        Logo logo = Logo.read(data, "logo.svg");

        String text = new String(logo.bytes(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("evil.example").doesNotContain("alert").doesNotContain("javascript")
                .doesNotContain("xml-stylesheet").doesNotContainIgnoringCase("script")
                .doesNotContainIgnoringCase("foreignObject").doesNotContain("data:");
        Document doc = parse(text);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        for (Element e : elements(doc.getDocumentElement())) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                assertThat(a.getLocalName().toLowerCase()).doesNotStartWith("on");
                if (a.getLocalName().equals("href")) {
                    assertThat(a.getValue()).startsWith("#");
                }
            }
        }
        // What is harmless stays: shapes, same-document references.
        assertThat(text).contains("<circle").contains("url(#g)").contains("href=\"#keep\"").contains("width=\"10\"");
    }

    @Test
    void aCleanLogoIsWrittenBackWithItsTextAndAttributesIntact() throws IOException, SourceException {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
                + "<!-- drawn by hand --><title>R&amp;D \"lab\" &lt;3</title>"
                + "<text x='1' data-note='a &quot;b&quot; &amp; c&#10;d'><![CDATA[x < y & z]]></text>"
                + "<use xlink:href='#t'/></svg>";
        Files.writeString(data.resolve("logo.svg"), svg, StandardCharsets.UTF_8);

        String text = new String(Logo.read(data, "logo.svg").bytes(), StandardCharsets.UTF_8);

        Element root = parse(text).getDocumentElement();
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg").doesNotContain("drawn by hand");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("R&D \"lab\" <3");
        Element label = (Element) root.getElementsByTagName("text").item(0);
        assertThat(label.getAttribute("data-note")).isEqualTo("a \"b\" & c\nd");
        assertThat(label.getTextContent()).isEqualTo("x < y & z");
        Element use = (Element) root.getElementsByTagName("use").item(0);
        assertThat(use.getAttributeNS("http://www.w3.org/1999/xlink", "href")).isEqualTo("#t");
    }

    private Logo read(String name, byte[] bytes) throws IOException, SourceException {
        Files.write(data.resolve(name), bytes);
        return Logo.read(data, name);
    }

    private static Document parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new AssertionError("the cleaned logo is not XML: " + text, e);
        }
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                all.addAll(elements(e));
            }
        }
        return all;
    }
}
