package dev.passerelle.mt.tm.tmx;

import java.io.OutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes pairs as TMX 1.4b: one tu per pair with creationid and changedate, letter codes as bpt/ept (paired) and
 * ph/it (standalone), the code itself as the native data so the file reads back to the same letter codes.
 */
final class TmxWriter {

    private static final Pattern LETTER_CODE = Pattern.compile("<(/?)g(\\d+)>|<([xbe])(\\d+)/>");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private TmxWriter() {
    }

    static void write(List<TmxPair> pairs, String srcLang, OutputStream out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "Passerelle");
            xml.writeAttribute("creationtoolversion", "1");
            xml.writeAttribute("segtype", "sentence");
            xml.writeAttribute("o-tmf", "passerelle");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", srcLang == null ? "*all*" : srcLang);
            xml.writeAttribute("datatype", "plaintext");
            xml.writeStartElement("body");
            for (TmxPair pair : pairs) {
                xml.writeCharacters("\n");
                xml.writeStartElement("tu");
                if (pair.creationId() != null) {
                    xml.writeAttribute("creationid", pair.creationId());
                }
                if (pair.changedAt() != null) {
                    xml.writeAttribute("changedate", TmxDates.format(pair.changedAt()));
                }
                tuv(xml, pair.sourceLang(), pair.source());
                tuv(xml, pair.targetLang(), pair.target());
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write TMX", e);
        }
    }

    private static void tuv(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        xml.writeStartElement("seg");
        Matcher m = LETTER_CODE.matcher(text);
        int at = 0;
        while (m.find()) {
            xml.writeCharacters(text.substring(at, m.start()));
            if (m.group(2) != null) {
                xml.writeStartElement(m.group(1).isEmpty() ? "bpt" : "ept");
                xml.writeAttribute("i", m.group(2));
            } else if (m.group(3).equals("x")) {
                xml.writeStartElement("ph");
                xml.writeAttribute("x", m.group(4));
            } else {
                xml.writeStartElement("it");
                xml.writeAttribute("pos", m.group(3).equals("b") ? "begin" : "end");
                xml.writeAttribute("x", m.group(4));
            }
            xml.writeCharacters(m.group());
            xml.writeEndElement();
            at = m.end();
        }
        xml.writeCharacters(text.substring(at));
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
