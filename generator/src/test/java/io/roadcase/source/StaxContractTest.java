package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import org.codehaus.stax2.XMLStreamReader2;
import org.junit.jupiter.api.Test;

/**
 * What the xlsx reader relies on from Aalto through the public Stax2 API, pinned so that an upgrade
 * that changes it fails here rather than slowing or changing reading unnoticed: typed attribute access
 * hands {@link AttributeText} the value in the parser's buffer (no String), trimmed of spaces, with the
 * buffer around it showing where spaces were.
 */
class StaxContractTest {

    @Test
    void typedAttributeAccessHandsOverTheTrimmedValueInTheParsersBuffer() throws Exception {
        XMLStreamReader2 xml = reader("<c r=\"AB12\" s=\"7\" t=\"\"/>");
        assertThat(xml.next()).isEqualTo(XMLStreamConstants.START_ELEMENT);
        Recording r = new Recording();

        xml.getAttributeAs(0, r);
        assertThat(r.viaBuffer).as("value handed over as characters in a buffer").isTrue();
        assertThat(r.text).isEqualTo("AB12");

        AttributeText text = new AttributeText();
        assertThat(text.read(xml, 0)).isSameAs(text).hasToString("AB12");
        assertThat(text.read(xml, 1)).isSameAs(text).hasToString("7");
        assertThat(text.read(xml, 2).toString()).isEmpty();

        // Spaces around a value: read as the String, spaces kept, so the reader can refuse it.
        XMLStreamReader2 spaced = reader("<c s=\" 7 \"/>");
        spaced.next();
        assertThat(text.read(spaced, 0).toString()).isEqualTo(" 7 ");
    }

    @Test
    void aDoctypeIsAnEventTheReaderRefusesAndNoEntityIsExpanded() throws Exception {
        XMLStreamReader2 xml = reader("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        assertThat(xml.next()).isEqualTo(XMLStreamConstants.DTD);
    }

    /** A reader made as the xlsx reader makes its readers. */
    private static XMLStreamReader2 reader(String xml) throws Exception {
        return (XMLStreamReader2) XlsxSheetReader.factory()
                .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Records how a value was handed over. */
    private static final class Recording extends org.codehaus.stax2.typed.TypedValueDecoder {
        boolean viaBuffer;
        String text;

        @Override
        public void decode(String value) {
            text = value;
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            viaBuffer = true;
            text = new String(buffer, start, end - start);
        }

        @Override
        public void handleEmptyValue() {
            text = "";
        }
    }
}
