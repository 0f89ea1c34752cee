package vn.ttdt.portal.site.feeds;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UTF-8 XML document written with the JDK's StAX writer; text loses the characters XML 1.0 cannot carry. */
final class XmlOut {

    private final XMLStreamWriter xml;

    XmlOut(Writer out) throws XMLStreamException {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
    }

    XMLStreamWriter stax() {
        return xml;
    }

    XmlOut start(String name) throws XMLStreamException {
        xml.writeStartElement(name);
        return this;
    }

    XmlOut attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
        return this;
    }

    /** An element holding {@code text}; nothing when the text is null. */
    XmlOut element(String name, String text) throws XMLStreamException {
        if (text != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        }
        return this;
    }

    XmlOut text(String text) throws XMLStreamException {
        xml.writeCharacters(clean(text));
        return this;
    }

    XmlOut end() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    void finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
    }

    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlOut::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
