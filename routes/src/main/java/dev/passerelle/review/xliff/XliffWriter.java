package dev.passerelle.review.xliff;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XliffDocument} as XLIFF 2.0 (inline codes as pc/ph/sc/ec, suggestions as mtc:matches) or 1.2
 * (g/x/bx/ex, alt-trans). Written with StAX rather than Okapi's XLIFF 2 writer, which gives inline codes ids that
 * collide with segment ids and so produces files that do not validate.
 */
final class XliffWriter {

    static final String XLIFF_20 = "urn:oasis:names:tc:xliff:document:2.0";
    static final String XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String MATCHES = "urn:oasis:names:tc:xliff:matches:2.0";
    /** Our extension attributes: the event and language of the file, the version each unit was exported at. */
    static final String PASSERELLE = "https://passerelle.dev/ns/xliff";
    /** The id of the one segment in each unit we write (numbers are taken by inline codes, which share the scope). */
    static final String SEGMENT_ID = "seg";
    /** XLIFF 1.2 notes have no category: ours say {@code from="passerelle-<category>"}. */
    static final String NOTE_FROM_PREFIX = "passerelle-";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XliffWriter() {
    }

    static void write(XliffDocument document, OutputStream out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            if ("1.2".equals(document.version())) {
                write12(document, xml);
            } else {
                write20(document, xml);
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XLIFF", e);
        }
    }

    private static void write20(XliffDocument document, XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(XLIFF_20);
        xml.writeStartElement(XLIFF_20, "xliff");
        xml.writeDefaultNamespace(XLIFF_20);
        xml.writeNamespace("mtc", MATCHES);
        xml.writeNamespace("psl", PASSERELLE);
        xml.writeAttribute("version", "2.0");
        xml.writeAttribute("srcLang", document.srcLang());
        if (document.trgLang() != null) {
            xml.writeAttribute("trgLang", document.trgLang());
        }
        var files = new java.util.LinkedHashMap<String, List<XliffDocument.Unit>>();
        files.put(document.units().isEmpty() ? "f1" : document.units().getFirst().file(), new java.util.ArrayList<>());
        document.units().forEach(u -> files.computeIfAbsent(u.file(), f -> new java.util.ArrayList<>()).add(u));
        for (var file : files.entrySet()) {
            xml.writeStartElement(XLIFF_20, "file");
            xml.writeAttribute("id", file.getKey());
            if (document.event() != null) {
                xml.writeAttribute("original", "passerelle:" + document.event());
                xml.writeAttribute(PASSERELLE, "event", document.event());
            }
            if (file.getValue().isEmpty()) {
                // A file needs a unit or a group; an empty package has an empty group.
                xml.writeEmptyElement(XLIFF_20, "group");
                xml.writeAttribute("id", "empty");
            }
            units20(file.getValue(), xml);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void units20(List<XliffDocument.Unit> units, XMLStreamWriter xml) throws XMLStreamException {
        for (XliffDocument.Unit unit : units) {
            xml.writeStartElement(XLIFF_20, "unit");
            xml.writeAttribute("id", unit.id());
            if (unit.exportedVersion() != null) {
                xml.writeAttribute(PASSERELLE, "version", unit.exportedVersion().toString());
            }
            String firstSegment = unit.parts().stream().filter(p -> !p.ignorable()).map(XliffDocument.Part::id)
                    .filter(id -> id != null).findFirst().orElse(null);
            if (!unit.matches().isEmpty() && firstSegment != null) {
                xml.writeStartElement(MATCHES, "matches");
                for (XliffDocument.Match match : unit.matches()) {
                    xml.writeStartElement(MATCHES, "match");
                    xml.writeAttribute("ref", "#" + firstSegment);
                    if (match.origin() != null) {
                        xml.writeAttribute("origin", match.origin());
                    }
                    if (match.similarity() != null) {
                        xml.writeAttribute("similarity", match.similarity().toString());
                    }
                    xml.writeAttribute("type", "tm".equals(match.origin()) ? "tm" : "mt");
                    content20(xml, "source", match.source(), pairedStarts(match.source()));
                    content20(xml, "target", match.target(), pairedStarts(match.target()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            if (!unit.notes().isEmpty()) {
                xml.writeStartElement(XLIFF_20, "notes");
                for (XliffDocument.Note note : unit.notes()) {
                    xml.writeStartElement(XLIFF_20, "note");
                    if (note.category() != null) {
                        xml.writeAttribute("category", note.category());
                    }
                    if (note.appliesTo() != null) {
                        xml.writeAttribute("appliesTo", note.appliesTo());
                    }
                    if (note.priority() != null) {
                        xml.writeAttribute("priority", note.priority().toString());
                    }
                    for (var detail : note.details().entrySet()) {
                        xml.writeAttribute(PASSERELLE, detail.getKey(), detail.getValue());
                    }
                    xml.writeCharacters(note.text());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            // sc/ec pairs may span the segments of a unit.
            List<String> pairedInSource = pairedStarts(unit.source());
            List<String> pairedInTarget = pairedStarts(unit.parts().stream()
                    .flatMap(p -> p.target() == null ? java.util.stream.Stream.<InlineRun>empty() : p.target().stream())
                    .toList());
            for (XliffDocument.Part part : unit.parts()) {
                xml.writeStartElement(XLIFF_20, part.ignorable() ? "ignorable" : "segment");
                if (part.id() != null) {
                    xml.writeAttribute("id", part.id());
                }
                if (!part.ignorable() && part.state() != null) {
                    xml.writeAttribute("state", part.state());
                    if (part.subState() != null) {
                        xml.writeAttribute("subState", part.subState());
                    }
                }
                content20(xml, "source", part.source(), pairedInSource);
                if (part.target() != null) {
                    content20(xml, "target", part.target(), pairedInTarget);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }

    private static void content20(XMLStreamWriter xml, String element, List<InlineRun> runs, List<String> paired)
            throws XMLStreamException {
        xml.writeStartElement(XLIFF_20, element);
        for (InlineRun run : runs) {
            switch (run) {
                case InlineRun.Text t -> text20(xml, t.text());
                case InlineRun.Code c -> {
                    switch (c.kind()) {
                        case OPEN -> {
                            xml.writeStartElement(XLIFF_20, "pc");
                            xml.writeAttribute("id", c.id());
                        }
                        case CLOSE -> xml.writeEndElement();
                        case PLACEHOLDER -> {
                            xml.writeEmptyElement(XLIFF_20, "ph");
                            xml.writeAttribute("id", c.id());
                        }
                        case START -> {
                            xml.writeEmptyElement(XLIFF_20, "sc");
                            xml.writeAttribute("id", c.id());
                            if (!paired.contains(c.id())) {
                                xml.writeAttribute("isolated", "yes");
                            }
                        }
                        case END -> {
                            xml.writeEmptyElement(XLIFF_20, "ec");
                            if (paired.contains(c.id())) {
                                xml.writeAttribute("startRef", c.id());
                            } else {
                                xml.writeAttribute("id", c.id());
                                xml.writeAttribute("isolated", "yes");
                            }
                        }
                    }
                }
            }
        }
        xml.writeEndElement();
    }

    /** Text, with the characters XML 1.0 cannot carry as {@code <cp hex="…"/>}. */
    private static void text20(XMLStreamWriter xml, String text) throws XMLStreamException {
        int from = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!allowedInXml(cp)) {
                xml.writeCharacters(text.substring(from, i));
                xml.writeEmptyElement(XLIFF_20, "cp");
                xml.writeAttribute("hex", String.format("%04X", cp));
                from = next;
            }
            i = next;
        }
        xml.writeCharacters(text.substring(from));
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** Ids of start codes whose end follows in the same content (sc/ec pairs rather than isolated codes). */
    private static List<String> pairedStarts(List<InlineRun> runs) {
        List<String> started = new java.util.ArrayList<>();
        List<String> paired = new java.util.ArrayList<>();
        for (InlineRun run : runs) {
            if (run instanceof InlineRun.Code c && c.kind() == InlineRun.Kind.START) {
                started.add(c.id());
            } else if (run instanceof InlineRun.Code c && c.kind() == InlineRun.Kind.END && started.contains(c.id())) {
                paired.add(c.id());
            }
        }
        return paired;
    }

    private static void write12(XliffDocument document, XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(XLIFF_12);
        xml.writeStartElement(XLIFF_12, "xliff");
        xml.writeDefaultNamespace(XLIFF_12);
        xml.writeNamespace("psl", PASSERELLE);
        xml.writeAttribute("version", "1.2");
        xml.writeStartElement(XLIFF_12, "file");
        xml.writeAttribute("original", document.event() == null ? "unknown" : "passerelle:" + document.event());
        xml.writeAttribute("source-language", document.srcLang());
        if (document.trgLang() != null) {
            xml.writeAttribute("target-language", document.trgLang());
        }
        xml.writeAttribute("datatype", "plaintext");
        if (document.event() != null) {
            xml.writeAttribute(PASSERELLE, "event", document.event());
        }
        xml.writeStartElement(XLIFF_12, "body");
        for (XliffDocument.Unit unit : document.units()) {
            xml.writeStartElement(XLIFF_12, "trans-unit");
            xml.writeAttribute("id", unit.id());
            if (unit.exportedVersion() != null) {
                xml.writeAttribute(PASSERELLE, "version", unit.exportedVersion().toString());
            }
            content12(xml, "source", unit.source(), null);
            List<InlineRun> target = unit.target();
            if (target != null) {
                content12(xml, "target", target, unit.state());
            }
            for (XliffDocument.Match match : unit.matches()) {
                xml.writeStartElement(XLIFF_12, "alt-trans");
                if (match.similarity() != null) {
                    xml.writeAttribute("match-quality", match.similarity().toString());
                }
                if (match.origin() != null) {
                    xml.writeAttribute("origin", match.origin());
                }
                content12(xml, "source", match.source(), null);
                content12(xml, "target", match.target(), null);
                xml.writeEndElement();
            }
            for (XliffDocument.Note note : unit.notes()) {
                xml.writeStartElement(XLIFF_12, "note");
                if (note.category() != null) {
                    xml.writeAttribute("from", NOTE_FROM_PREFIX + note.category());
                }
                if (note.priority() != null) {
                    xml.writeAttribute("priority", note.priority().toString());
                }
                if (note.appliesTo() != null) {
                    xml.writeAttribute("annotates", note.appliesTo());
                }
                xml.writeCharacters(note.text());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void content12(XMLStreamWriter xml, String element, List<InlineRun> runs, String state)
            throws XMLStreamException {
        xml.writeStartElement(XLIFF_12, element);
        if (state != null) {
            xml.writeAttribute("state", state);
        }
        for (InlineRun run : runs) {
            switch (run) {
                case InlineRun.Text t -> xml.writeCharacters(t.text());
                case InlineRun.Code c -> {
                    switch (c.kind()) {
                        case OPEN -> {
                            xml.writeStartElement(XLIFF_12, "g");
                            xml.writeAttribute("id", c.id());
                        }
                        case CLOSE -> xml.writeEndElement();
                        case PLACEHOLDER, START, END -> {
                            xml.writeEmptyElement(XLIFF_12, switch (c.kind()) {
                                case START -> "bx";
                                case END -> "ex";
                                default -> "x";
                            });
                            xml.writeAttribute("id", c.id());
                        }
                    }
                }
            }
        }
        xml.writeEndElement();
    }
}
