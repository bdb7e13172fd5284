package dev.passerelle.glossary.exchange;

import static dev.passerelle.glossary.exchange.TbxCategories.ADMINISTRATIVE_STATUS;
import static dev.passerelle.glossary.exchange.TbxCategories.CASE_SENSITIVE;
import static dev.passerelle.glossary.exchange.TbxCategories.DEFINITION;
import static dev.passerelle.glossary.exchange.TbxCategories.DO_NOT_TRANSLATE;
import static dev.passerelle.glossary.exchange.TbxCategories.PART_OF_SPEECH;
import static dev.passerelle.glossary.exchange.TbxCategories.SOURCE;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Property;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX v3 (TBX-Basic, DCA or DCT style) and TBX 2008 ({@code <martif>}) with StAX. External DTDs are never
 * loaded and internal ones refused, so no external entity or entity expansion can run. Data categories the model has no field for become
 * {@link Property properties}, in document order, so export writes them back.
 */
final class TbxReader {

    private static final int MAX_DEPTH = 64;

    private final XMLInputFactory factory;

    TbxReader() {
        // The JDK's own parser, whatever StAX implementation the classpath brings, for predictable limits.
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // TBX nests a dozen levels; a deeper file is an attack on the reader's recursion (termGrp in termGrp…).
        factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
    }

    List<Concept> read(InputStream in) {
        XMLStreamReader r = null;
        String encoding = "UTF-8";
        try {
            BufferedInputStream buffered = new BufferedInputStream(in);
            encoding = XmlEncoding.check(buffered);
            r = factory.createXMLStreamReader(buffered);
            return document(r);
        } catch (XMLStreamException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof GlossaryFileTooLargeException tooLarge) {
                    throw tooLarge;
                }
                if (t instanceof CharConversionException) {
                    throw new InvalidGlossaryFileException("The file is not valid " + encoding + " text, the"
                            + " encoding it declares" + where(e) + ": save it as UTF-8 and import it again", e);
                }
            }
            throw new InvalidGlossaryFileException("Not a well-formed TBX file" + where(e) + ": " + cleanMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(r);
        }
    }

    private List<Concept> document(XMLStreamReader r) throws XMLStreamException {
        List<Concept> concepts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean root = true;
        while (r.hasNext()) {
            int event = r.next();
            // TBX 2008 files often name their DTD (<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">): it is never
            // loaded. An internal subset is where entities (external ones, expansion bombs) are declared: refused.
            if (event == XMLStreamConstants.DTD && r.getText().contains("[")) {
                throw invalid(r, "DTDs with declarations (entities) are not accepted in glossary files");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            if (root && !name.equals("tbx") && !name.equals("martif")) {
                throw invalid(r, "Not a TBX file: the root element is <" + name + ">, expected <tbx> or <martif>");
            }
            root = false;
            if (name.equals("conceptEntry") || name.equals("termEntry")) {
                Concept concept = concept(r, concepts.size());
                if (!ids.add(concept.id())) {
                    throw invalid(r, "Two concepts have the id '" + concept.id() + "'");
                }
                concepts.add(concept);
            }
        }
        if (root) {
            throw new InvalidGlossaryFileException("The file is empty");
        }
        return concepts;
    }

    private Concept concept(XMLStreamReader r, int index) throws XMLStreamException {
        String id = r.getAttributeValue(null, "id");
        int line = r.getLocation().getLineNumber();
        List<Property> properties = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        while (nextChild(r)) {
            String name = r.getLocalName();
            if (name.equals("langSec") || name.equals("langSet")) {
                language(r, properties, terms);
            } else {
                property(r, null, properties);
            }
        }
        try {
            return new Concept(id == null || id.isBlank() ? "c" + (index + 1) : id, properties, terms);
        } catch (IllegalArgumentException e) {
            throw new InvalidGlossaryFileException("Concept at line " + line + ": " + e.getMessage(), e);
        }
    }

    private void language(XMLStreamReader r, List<Property> conceptProperties, List<Term> conceptTerms)
            throws XMLStreamException {
        String lang = r.getAttributeValue(TbxCategories.XML_NS, "lang");
        if (lang == null || lang.isBlank()) {
            throw invalid(r, "<" + r.getLocalName() + "> without xml:lang");
        }
        List<Property> properties = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        while (nextChild(r)) {
            String name = r.getLocalName();
            if (name.equals("termSec") || name.equals("tig") || name.equals("ntig")) {
                terms.add(term(r, lang));
            } else {
                property(r, lang, properties);
            }
        }
        // TBX-Basic defines a concept per language; the model keeps it on each term, as long as no term has its own.
        if (terms.stream().allMatch(t -> t.definition() == null)) {
            String definition = take(properties, DEFINITION);
            if (definition != null) {
                terms = terms.stream().map(t -> t.withDefinition(definition)).toList();
            }
        }
        conceptProperties.addAll(properties);
        conceptTerms.addAll(terms);
    }

    private Term term(XMLStreamReader r, String lang) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        List<Property> properties = new ArrayList<>();
        String text = termContent(r, properties);
        if (text == null || text.isBlank()) {
            throw new InvalidGlossaryFileException("Term section at line " + line + " has no <term>");
        }
        String status = take(properties, ADMINISTRATIVE_STATUS);
        TermStatus mapped = status == null ? TermStatus.ADMITTED : TbxCategories.status(status);
        if (status != null && !status.equals(TbxCategories.administrativeStatus(mapped))) {
            properties.addFirst(Property.of(ADMINISTRATIVE_STATUS, status)); // e.g. supersededTerm-admn-sts
        }
        String partOfSpeech = take(properties, PART_OF_SPEECH);
        boolean doNotTranslate = isTrue(take(properties, DO_NOT_TRANSLATE));
        boolean caseSensitive = isTrue(take(properties, CASE_SENSITIVE));
        String definition = take(properties, DEFINITION);
        String source = take(properties, SOURCE);
        String note = take(properties, "note");
        return new Term(lang, text, partOfSpeech, mapped, caseSensitive, doNotTranslate, definition, note, source,
                properties);
    }

    /** The term's text; everything else in the term section (or a TBX 2008 termGrp) goes to properties. */
    private String termContent(XMLStreamReader r, List<Property> properties) throws XMLStreamException {
        String text = null;
        while (nextChild(r)) {
            String name = r.getLocalName();
            if (name.equals("term")) {
                text = text(r);
            } else if (name.equals("termGrp")) {
                String inner = termContent(r, properties);
                text = text == null ? inner : text;
            } else {
                property(r, null, properties);
            }
        }
        return text;
    }

    private void property(XMLStreamReader r, String lang, List<Property> properties) throws XMLStreamException {
        if (TbxCategories.GROUPS.contains(r.getLocalName()) && isCore(r)) {
            String head = null;
            while (nextChild(r)) {
                String category = category(r);
                String target = r.getAttributeValue(null, "target");
                String type = head == null ? category : head + "/" + category;
                head = head == null ? category : head;
                properties.add(new Property(lang, type, text(r), target));
            }
        } else {
            String category = category(r);
            String target = r.getAttributeValue(null, "target");
            properties.add(new Property(lang, category, text(r), target));
        }
    }

    private static String category(XMLStreamReader r) {
        String name = r.getLocalName();
        if (isCore(r) && TbxCategories.TYPED_ELEMENTS.contains(name)) {
            String type = r.getAttributeValue(null, "type");
            return type == null || type.isBlank() ? name : type.strip();
        }
        return name;
    }

    private static boolean isCore(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return ns == null || ns.isEmpty() || ns.equals(TbxCategories.TBX_NS);
    }

    /** Advances to the next child element of the current one; false at the current element's end. */
    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** All text inside the current element (inline markup such as {@code <hi>} flattened), spaces collapsed. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                default -> { }
            }
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /** Removes the first ungrouped property of {@code type} and returns its value. */
    static String take(List<Property> properties, String type) {
        for (Iterator<Property> it = properties.iterator(); it.hasNext(); ) {
            Property property = it.next();
            if (property.type().equals(type)) {
                it.remove();
                return property.value();
            }
        }
        return null;
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
    }

    private static InvalidGlossaryFileException invalid(XMLStreamReader r, String message) {
        return new InvalidGlossaryFileException(message + " (line " + r.getLocation().getLineNumber() + ")");
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
    }

    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int detail = message.indexOf("Message: ");
        return detail < 0 ? message : message.substring(detail + "Message: ".length());
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; the stream is the caller's to close
            }
        }
    }
}
