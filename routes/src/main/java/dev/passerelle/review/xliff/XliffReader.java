package dev.passerelle.review.xliff;

import dev.passerelle.xml.SafeXml;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * Reads an XLIFF 2.x or 1.2 file into an {@link XliffDocument}. Untrusted input: a DOCTYPE is refused before anything
 * else, and a 2.x file must also pass Okapi's full XLIFF 2 validation (schemas and processing requirements), so a
 * file that breaks the standard is refused with the validator's reason rather than half understood.
 */
final class XliffReader {

    private static final Set<String> VERSIONS_2 = Set.of("2.0", "2.1", "2.2");

    private XliffReader() {
    }

    static XliffDocument read(byte[] file) {
        XliffDocument document;
        try {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(file));
            xml.nextTag();
            if (!"xliff".equals(xml.getLocalName())) {
                throw new InvalidXliffException("not an XLIFF file: the root element is <" + xml.getLocalName() + ">");
            }
            String namespace = xml.getNamespaceURI();
            String version = xml.getAttributeValue(null, "version");
            if (XliffWriter.XLIFF_20.equals(namespace) && VERSIONS_2.contains(version)) {
                document = read20(xml, version);
            } else if (XliffWriter.XLIFF_12.equals(namespace) && "1.2".equals(version)) {
                document = read12(xml);
            } else {
                throw new InvalidXliffException("XLIFF version " + version + " in namespace " + namespace
                        + " is not supported: send XLIFF 2.0 or 1.2");
            }
        } catch (XMLStreamException e) {
            throw new InvalidXliffException(new SafeXml.MalformedXmlException(e).getMessage(), e);
        } catch (SafeXml.HostileXmlException | SafeXml.MalformedXmlException e) {
            throw new InvalidXliffException(e.getMessage(), e);
        }
        if (!"1.2".equals(document.version())) {
            validate20(file);
        }
        return document;
    }

    private static void validate20(byte[] file) {
        try {
            XLIFFReader.validate(new ByteArrayInputStream(file), null);
        } catch (RuntimeException e) {
            throw new InvalidXliffException("not valid XLIFF 2: " + String.valueOf(e.getMessage()).strip(), e);
        }
    }

    private static XliffDocument read20(XMLStreamReader xml, String version) throws XMLStreamException {
        String srcLang = xml.getAttributeValue(null, "srcLang");
        String trgLang = xml.getAttributeValue(null, "trgLang");
        String event = null;
        String file = null;
        List<XliffDocument.Unit> units = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!XliffWriter.XLIFF_20.equals(xml.getNamespaceURI())) {
                SafeXml.skipElement(xml);
                continue;
            }
            switch (xml.getLocalName()) {
                case "file" -> {
                    file = xml.getAttributeValue(null, "id");
                    event = event != null ? event : xml.getAttributeValue(XliffWriter.PASSERELLE, "event");
                }
                case "unit" -> units.add(unit20(xml, file));
                case "notes", "skeleton" -> SafeXml.skipElement(xml);
                default -> { }
            }
        }
        return new XliffDocument(version, srcLang, trgLang, event, units);
    }

    private static XliffDocument.Unit unit20(XMLStreamReader xml, String file) throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        Long version = number(xml.getAttributeValue(XliffWriter.PASSERELLE, "version"));
        List<XliffDocument.Part> parts = new ArrayList<>();
        List<XliffDocument.Note> notes = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (!XliffWriter.XLIFF_20.equals(xml.getNamespaceURI())) {
                SafeXml.skipElement(xml);
            } else if (name.equals("segment") || name.equals("ignorable")) {
                parts.add(part20(xml, name.equals("ignorable")));
            } else if (name.equals("notes")) {
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    notes.add(new XliffDocument.Note(xml.getAttributeValue(null, "category"), xml.getElementText()));
                }
            } else {
                SafeXml.skipElement(xml);
            }
        }
        return new XliffDocument.Unit(file, id, version, parts, notes, List.of());
    }

    private static XliffDocument.Part part20(XMLStreamReader xml, boolean ignorable) throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        String state = ignorable ? null : xml.getAttributeValue(null, "state");
        String subState = ignorable ? null : xml.getAttributeValue(null, "subState");
        List<InlineRun> source = null;
        List<InlineRun> target = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "source" -> source = content(xml);
                case "target" -> target = content(xml);
                default -> throw new InvalidXliffException("unexpected <" + xml.getLocalName() + "> in a segment");
            }
        }
        if (source == null) {
            throw new InvalidXliffException("a segment without source at " + xml.getLocation().getLineNumber());
        }
        return new XliffDocument.Part(ignorable, id, state, subState, source, target);
    }

    /** Inline content of either version: codes become runs, annotations (mrk, sm/em) keep only their text. */
    private static List<InlineRun> content(XMLStreamReader xml) throws XMLStreamException {
        List<InlineRun> runs = new ArrayList<>();
        content(xml, runs);
        return runs;
    }

    private static void content(XMLStreamReader xml, List<InlineRun> runs) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text(runs, xml.getText());
                case XMLStreamConstants.START_ELEMENT -> inline(xml, runs);
                default -> { }
            }
        }
    }

    private static void inline(XMLStreamReader xml, List<InlineRun> runs) throws XMLStreamException {
        String name = xml.getLocalName();
        String id = xml.getAttributeValue(null, "id");
        switch (name) {
            case "pc", "g" -> {
                runs.add(new InlineRun.Code(InlineRun.Kind.OPEN, required(id, name)));
                content(xml, runs);
                runs.add(new InlineRun.Code(InlineRun.Kind.CLOSE, id));
            }
            case "ph", "x", "it" -> {
                runs.add(new InlineRun.Code(InlineRun.Kind.PLACEHOLDER, required(id, name)));
                SafeXml.skipElement(xml);
            }
            case "sc", "bx", "bpt" -> {
                runs.add(new InlineRun.Code(InlineRun.Kind.START, required(id, name)));
                SafeXml.skipElement(xml);
            }
            case "ec", "ex", "ept" -> {
                String ref = xml.getAttributeValue(null, "startRef");
                String rid = xml.getAttributeValue(null, "rid");
                runs.add(new InlineRun.Code(InlineRun.Kind.END, required(ref != null ? ref : id != null ? id : rid,
                        name)));
                SafeXml.skipElement(xml);
            }
            case "cp" -> {
                text(runs, codePoint(xml.getAttributeValue(null, "hex")));
                SafeXml.skipElement(xml);
            }
            case "mrk" -> content(xml, runs);
            case "sm", "em", "sub" -> SafeXml.skipElement(xml);
            default -> throw new InvalidXliffException("unexpected <" + name + "> in inline content");
        }
    }

    private static String codePoint(String hex) {
        try {
            return Character.toString(Integer.parseInt(hex, 16));
        } catch (RuntimeException e) {
            throw new InvalidXliffException("<cp hex=\"" + hex + "\"> is not a code point");
        }
    }

    private static void text(List<InlineRun> runs, String text) {
        if (!runs.isEmpty() && runs.getLast() instanceof InlineRun.Text previous) {
            runs.set(runs.size() - 1, new InlineRun.Text(previous.text() + text));
        } else {
            runs.add(new InlineRun.Text(text));
        }
    }

    private static String required(String id, String element) {
        if (id == null || id.isBlank()) {
            throw new InvalidXliffException("<" + element + "> without id");
        }
        return id;
    }

    private static XliffDocument read12(XMLStreamReader xml) throws XMLStreamException {
        String srcLang = null;
        String trgLang = null;
        String event = null;
        int files = 0;
        List<XliffDocument.Unit> units = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "file" -> {
                    files++;
                    if (srcLang == null) {
                        srcLang = xml.getAttributeValue(null, "source-language");
                        trgLang = xml.getAttributeValue(null, "target-language");
                        event = xml.getAttributeValue(XliffWriter.PASSERELLE, "event");
                    }
                }
                case "trans-unit" -> units.add(unit12(xml, "f" + files));
                case "header" -> SafeXml.skipElement(xml);
                default -> { }
            }
        }
        if (srcLang == null) {
            throw new InvalidXliffException("XLIFF 1.2 without a <file source-language=…>");
        }
        return new XliffDocument("1.2", srcLang, trgLang, event, units);
    }

    private static XliffDocument.Unit unit12(XMLStreamReader xml, String file) throws XMLStreamException {
        String id = required(xml.getAttributeValue(null, "id"), "trans-unit");
        Long version = number(xml.getAttributeValue(XliffWriter.PASSERELLE, "version"));
        List<InlineRun> source = null;
        List<InlineRun> target = null;
        String state = null;
        List<XliffDocument.Note> notes = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "source" -> source = content(xml);
                case "target" -> {
                    state = xml.getAttributeValue(null, "state");
                    target = content(xml);
                }
                case "note" -> notes.add(new XliffDocument.Note(category12(xml.getAttributeValue(null, "from")),
                        xml.getElementText()));
                default -> SafeXml.skipElement(xml);
            }
        }
        if (source == null) {
            throw new InvalidXliffException("trans-unit " + id + " has no source");
        }
        return new XliffDocument.Unit(file, id, version, List.of(new XliffDocument.Part(false, null, state, null, source,
                target)), notes, List.of());
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidXliffException("psl:version must be a number, not '" + value + "'");
        }
    }

    /** Our 1.2 notes say who wrote them as {@code passerelle-<category>}. */
    private static String category12(String from) {
        return from != null && from.startsWith(XliffWriter.NOTE_FROM_PREFIX)
                ? from.substring(XliffWriter.NOTE_FROM_PREFIX.length()) : from;
    }
}
