package io.roadcase.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlTextTest {

    private static final String HOSTILE = "a<b>&\"c\"\td\ne\rf\u0001g\u001Fh\uFFFEi\uD800j\uDC00k 𝄞 數據 é";

    @Test
    void escapesMarkupAndDropsWhatXmlForbids() {
        assertThat(XmlText.content(HOSTILE)).isEqualTo("a&lt;b&gt;&amp;\"c\"\td\ne&#13;fghijk 𝄞 數據 é");
        assertThat(XmlText.attribute(HOSTILE)).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#9;d&#10;e&#13;fghijk 𝄞 數據 é");
        assertThat(XmlText.content("plain 12.5 rgb(1,2,3);")).isEqualTo("plain 12.5 rgb(1,2,3);");
    }

    @Test
    void whatItWritesParsesBackToTheAllowedText() throws Exception {
        String xml = "<r a=\"" + XmlText.attribute(HOSTILE) + "\">" + XmlText.content(HOSTILE) + "</r>";
        Element r = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        String allowed = "a<b>&\"c\"\td\ne\rfghijk 𝄞 數據 é";
        assertThat(r.getAttribute("a")).isEqualTo(allowed);
        assertThat(r.getTextContent()).isEqualTo(allowed);
    }
}
