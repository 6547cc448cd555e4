package io.roadcase.source;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsers for workbook parts: no DOCTYPE (so no entity expansion, no external entities), and no
 * namespace processing, which makes parsing large sheets markedly faster. Handlers therefore match
 * element names without their prefix ({@link #name}).
 */
final class SecureXml {

    private static final SAXParserFactory FACTORY = factory();
    private static final SAXParserFactory SHEET_FACTORY = sheetFactory();

    private SecureXml() {
    }

    static XMLReader newReader() throws SAXException, ParserConfigurationException {
        XMLReader reader = FACTORY.newSAXParser().getXMLReader();
        // Without an error handler the JDK parser also prints every error to stderr before throwing.
        reader.setErrorHandler(new DefaultHandler());
        return reader;
    }

    /**
     * A parser for worksheet parts, which hold nearly all of a workbook's bytes: Aalto, about twice as
     * fast as the JDK's parser on a large sheet. Aalto never expands entities nor reads a DTD (an entity
     * reference fails the parse); a DOCTYPE is refused outright all the same, as the JDK parser does.
     */
    static XMLReader newSheetReader() throws SAXException, ParserConfigurationException {
        XMLReader reader = SHEET_FACTORY.newSAXParser().getXMLReader();
        reader.setErrorHandler(new DefaultHandler());
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", new DefaultHandler2() {
            @Override
            public void startDTD(String name, String publicId, String systemId) throws SAXException {
                throw new SAXException("DOCTYPE is disallowed in a workbook part");
            }
        });
        return reader;
    }

    /** An element's name without its namespace prefix: {@code x:row} and {@code row} match alike. */
    static String name(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    private static SAXParserFactory sheetFactory() {
        SAXParserFactory factory = new SAXParserFactoryImpl();
        // Aalto parses namespaces always; handlers match qualified names either way.
        factory.setNamespaceAware(true);
        return factory;
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            // The JDK's parser supports all of these; without them we must not parse untrusted files.
            throw new IllegalStateException("no secure XML parser available", e);
        }
    }
}
