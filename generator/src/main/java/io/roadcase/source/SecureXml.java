package io.roadcase.source;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsers for the small workbook parts (workbook, styles, shared strings; sheets are read by
 * {@link XlsxSheetReader}): no DOCTYPE (so no entity expansion, no external entities), and no
 * namespace processing. Handlers therefore match element names without their prefix ({@link #name}).
 */
final class SecureXml {

    private static final SAXParserFactory FACTORY = factory();

    private SecureXml() {
    }

    static XMLReader newReader() throws SAXException, ParserConfigurationException {
        XMLReader reader = FACTORY.newSAXParser().getXMLReader();
        // Without an error handler the JDK parser also prints every error to stderr before throwing.
        reader.setErrorHandler(new DefaultHandler());
        return reader;
    }

    /**
     * A namespace-aware DOM parser for small documents Roadcase rewrites (an SVG logo), with the same
     * guards: no DOCTYPE, no external entities, DTDs or schemas, no XInclude.
     */
    static DocumentBuilder newDocumentBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler());
        return builder;
    }

    /** An element's name without its namespace prefix: {@code x:row} and {@code row} match alike. */
    static String name(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
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
