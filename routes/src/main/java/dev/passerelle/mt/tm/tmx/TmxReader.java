package dev.passerelle.mt.tm.tmx;

import dev.passerelle.xml.SafeXml;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX 1.4b (and 1.1–1.3) into English/French pairs, both directions of every translation unit. Languages
 * are taken by their primary subtag (FR-CA → fr); other languages are skipped. Inline codes become our letter codes
 * (bpt/ept → g, ph → x, it → b/e; hi keeps its text); creationid and changedate come from the variant, else the
 * unit, else the header.
 */
final class TmxReader {

    private TmxReader() {
    }

    /** The pairs, and how many units had no English–French pair. */
    record Read(List<TmxPair> pairs, int units, int skippedUnits) {
    }

    static Read read(byte[] file) {
        try {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(file));
            xml.nextTag();
            if (!"tmx".equals(xml.getLocalName())) {
                throw new InvalidTmxException("not a TMX file: the root element is <" + xml.getLocalName() + ">");
            }
            Stamp header = new Stamp(null, null);
            List<TmxPair> pairs = new ArrayList<>();
            int units = 0;
            int skipped = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("header")) {
                    header = stamp(xml, new Stamp(null, null));
                } else if (xml.getLocalName().equals("tu")) {
                    units++;
                    List<TmxPair> fromUnit = unit(xml, stamp(xml, header));
                    if (fromUnit.isEmpty()) {
                        skipped++;
                    }
                    pairs.addAll(fromUnit);
                }
            }
            return new Read(pairs, units, skipped);
        } catch (XMLStreamException e) {
            throw new InvalidTmxException(new SafeXml.MalformedXmlException(e).getMessage(), e);
        } catch (SafeXml.HostileXmlException | SafeXml.MalformedXmlException e) {
            throw new InvalidTmxException(e.getMessage(), e);
        }
    }

    private static List<TmxPair> unit(XMLStreamReader xml, Stamp unit) throws XMLStreamException {
        Map<String, Variant> byLang = new LinkedHashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.getLocalName().equals("tuv")) {
                SafeXml.skipElement(xml);
                continue;
            }
            String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (lang == null) {
                lang = xml.getAttributeValue(null, "lang");
            }
            Stamp stamp = stamp(xml, unit);
            String text = null;
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("seg")) {
                    text = seg(xml);
                } else {
                    SafeXml.skipElement(xml);
                }
            }
            String primary = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
            if (text != null && !text.isBlank() && (primary.equals("en") || primary.equals("fr"))) {
                byLang.putIfAbsent(primary + "\u0000" + text, new Variant(primary, text, stamp));
            }
        }
        List<TmxPair> pairs = new ArrayList<>();
        for (Variant from : byLang.values()) {
            for (Variant to : byLang.values()) {
                if (!from.lang.equals(to.lang)) {
                    pairs.add(new TmxPair(from.lang, to.lang, from.text, to.text, to.stamp.creationId,
                            to.stamp.changedAt));
                }
            }
        }
        return pairs;
    }

    /** The seg's content with inline codes as letter codes. */
    private static String seg(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int placeholders = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("seg")) {
                return text.toString();
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String i = xml.getAttributeValue(null, "i");
                String x = xml.getAttributeValue(null, "x");
                switch (xml.getLocalName()) {
                    case "bpt" -> text.append("<g").append(i).append('>');
                    case "ept" -> text.append("</g").append(i).append('>');
                    case "ph" -> text.append("<x").append(x != null ? x : "9" + ++placeholders).append("/>");
                    case "it" -> text.append("begin".equals(xml.getAttributeValue(null, "pos")) ? "<b" : "<e")
                            .append(x != null ? x : "9" + ++placeholders).append("/>");
                    default -> { }
                }
                if (!xml.getLocalName().equals("hi")) {
                    SafeXml.skipElement(xml);
                }
            }
        }
    }

    private static Stamp stamp(XMLStreamReader xml, Stamp outer) {
        String creationId = xml.getAttributeValue(null, "creationid");
        Instant changed = TmxDates.parse(xml.getAttributeValue(null, "changedate"));
        if (changed == null) {
            changed = TmxDates.parse(xml.getAttributeValue(null, "creationdate"));
        }
        return new Stamp(creationId != null ? creationId : outer.creationId,
                changed != null ? changed : outer.changedAt);
    }

    private record Stamp(String creationId, Instant changedAt) {
    }

    private record Variant(String lang, String text, Stamp stamp) {
    }
}
