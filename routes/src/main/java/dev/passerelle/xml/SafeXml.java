package dev.passerelle.xml;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers for untrusted files (programs, XLIFF, TMX): a document type declaration is refused outright, so no
 * external entity is ever fetched and no entity expansion (billion laughs) can happen.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    /** A reader over {@code in} that throws {@link HostileXmlException} at a DOCTYPE. */
    public static XMLStreamReader reader(InputStream in) {
        try {
            return new StreamReaderDelegate(FACTORY.createXMLStreamReader(in)) {
                @Override
                public int next() throws XMLStreamException {
                    int event = super.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new HostileXmlException("a DOCTYPE (document type declaration) is not accepted: "
                                + "it could declare external or recursive entities");
                    }
                    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new HostileXmlException("undeclared entity reference &" + getLocalName() + ";");
                    }
                    return event;
                }

                // The underlying nextTag would skip past a DTD without our check.
                @Override
                public int nextTag() throws XMLStreamException {
                    int event = next();
                    while (event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                            || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                            || (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                            && isWhiteSpace()) {
                        event = next();
                    }
                    if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                        throw new XMLStreamException("expected an element, found text", getLocation());
                    }
                    return event;
                }
            };
        } catch (XMLStreamException e) {
            throw new MalformedXmlException(e);
        }
    }

    /** Skips past the end of the element whose start tag {@code xml} is at, whatever it contains. */
    public static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The file tried something an honest exchange file never needs (DOCTYPE, entities). */
    public static final class HostileXmlException extends RuntimeException {

        public HostileXmlException(String message) {
            super(message);
        }
    }

    /** The file is not well-formed XML; the message says where. */
    public static final class MalformedXmlException extends RuntimeException {

        public MalformedXmlException(XMLStreamException cause) {
            super("not well-formed XML: " + cause.getMessage().replaceAll("\\s+", " ").strip(), cause);
        }
    }
}
