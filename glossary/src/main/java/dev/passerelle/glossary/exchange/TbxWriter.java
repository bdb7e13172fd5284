package dev.passerelle.glossary.exchange;

import static dev.passerelle.glossary.exchange.TbxCategories.ADMINISTRATIVE_STATUS;
import static dev.passerelle.glossary.exchange.TbxCategories.DEFINITION;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Property;
import dev.passerelle.glossary.Term;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TBX-Basic: v3 in DCA or DCT style, or TBX 2008. Fields become their TBX-Basic data categories and kept
 * {@link Property properties} are written back where they were read, so a TBX import exports without loss.
 */
final class TbxWriter {

    private final GlossaryFormat format;
    private final boolean dct;
    private final boolean v2;
    private XMLStreamWriter w;
    private int depth;

    TbxWriter(GlossaryFormat format) {
        this.format = format;
        this.dct = format == GlossaryFormat.TBX_DCT;
        this.v2 = format == GlossaryFormat.TBX2;
    }

    void write(List<Concept> concepts, OutputStream out) {
        try {
            w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            String mainLang = concepts.isEmpty() ? "en" : concepts.getFirst().terms().getFirst().lang();
            open(v2 ? "martif" : "tbx");
            w.writeAttribute("type", "TBX-Basic");
            if (!v2) {
                w.writeAttribute("style", dct ? "dct" : "dca");
            }
            w.writeAttribute("xml", TbxCategories.XML_NS, "lang", mainLang);
            if (!v2) {
                w.writeDefaultNamespace(TbxCategories.TBX_NS);
            }
            if (dct) {
                w.writeNamespace("min", TbxCategories.MIN_NS);
                w.writeNamespace("basic", TbxCategories.BASIC_NS);
                w.writeNamespace("pas", TbxCategories.PASSERELLE_NS);
            }
            open(v2 ? "martifHeader" : "tbxHeader");
            open("fileDesc");
            open("sourceDesc");
            leaf("p", "Exported by Passerelle");
            close(3);
            open("text");
            open("body");
            for (Concept concept : concepts) {
                concept(concept);
            }
            close(3);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write " + format.param(), e);
        }
    }

    private void concept(Concept concept) throws XMLStreamException {
        open(v2 ? "termEntry" : "conceptEntry");
        w.writeAttribute("id", concept.id());
        properties(concept.properties().stream().filter(p -> p.lang() == null).toList(), false, null);
        Set<String> languages = new LinkedHashSet<>();
        concept.terms().forEach(t -> languages.add(t.lang()));
        concept.properties().stream().filter(p -> p.lang() != null).forEach(p -> languages.add(p.lang()));
        for (String lang : languages) {
            open(v2 ? "langSet" : "langSec");
            w.writeAttribute("xml", TbxCategories.XML_NS, "lang", lang);
            List<Term> terms = concept.terms().stream().filter(t -> t.lang().equals(lang)).toList();
            List<Property> langProperties = concept.properties().stream().filter(p -> lang.equals(p.lang())).toList();
            String shared = sharedDefinition(terms);
            properties(langProperties, false, shared);
            for (Term term : terms) {
                term(term, shared == null);
            }
            close(1);
        }
        close(1);
    }

    private void term(Term term, boolean ownDefinition) throws XMLStreamException {
        open(v2 ? "tig" : "termSec");
        leaf("term", term.text());
        if (term.partOfSpeech() != null) {
            category(TbxCategories.PART_OF_SPEECH, term.partOfSpeech(), null, true);
        }
        String kept = term.properties().stream()
                .filter(p -> p.type().equals(ADMINISTRATIVE_STATUS) && TbxCategories.status(p.value()) == term.status())
                .map(Property::value).findFirst().orElse(TbxCategories.administrativeStatus(term.status()));
        category(ADMINISTRATIVE_STATUS, kept, null, true);
        if (term.doNotTranslate()) {
            category(TbxCategories.DO_NOT_TRANSLATE, "true", null, true);
        }
        if (term.caseSensitive()) {
            category(TbxCategories.CASE_SENSITIVE, "true", null, true);
        }
        List<Property> rest = term.properties().stream().filter(p -> !p.type().equals(ADMINISTRATIVE_STATUS)).toList();
        if (term.source() != null) {
            category(TbxCategories.SOURCE, term.source(), null, true);
        }
        if (term.note() != null) {
            category("note", term.note(), null, true);
        }
        properties(rest, true, ownDefinition ? term.definition() : null);
        close(1);
    }

    /**
     * Properties in order; a head followed by its {@code head/…} children is written as one group. The
     * {@code definition} (a field, not a property) goes where its kept children ({@code definition/source}) are, so
     * a re-import finds them in place; without children, last.
     */
    private void properties(List<Property> properties, boolean onTerm, String definition) throws XMLStreamException {
        boolean definitionWritten = definition == null;
        for (int i = 0; i < properties.size(); i++) {
            Property head = properties.get(i);
            boolean definitionChild = head.inGroup() && head.head().equals(DEFINITION);
            if (definitionChild && !definitionWritten) {
                head = new Property(head.lang(), DEFINITION, definition, null);
                definitionWritten = true;
                i--;
            }
            List<Property> children = new ArrayList<>();
            while (!head.inGroup() && i + 1 < properties.size() && properties.get(i + 1).inGroup()
                    && properties.get(i + 1).head().equals(head.type())) {
                children.add(properties.get(++i));
            }
            if (children.isEmpty()) {
                category(head.inGroup() ? childCategory(head) : head.type(), head.value(), head.target(), onTerm);
                continue;
            }
            open(TbxCategories.groupElement(head.type(), onTerm));
            category(head.type(), head.value(), head.target(), onTerm);
            for (Property child : children) {
                category(childCategory(child), child.value(), child.target(), onTerm);
            }
            close(1);
        }
        if (!definitionWritten) {
            category(DEFINITION, definition, null, onTerm);
        }
    }

    private static String childCategory(Property child) {
        return child.type().substring(child.type().indexOf('/') + 1);
    }

    private void category(String category, String value, String target, boolean onTerm) throws XMLStreamException {
        indent();
        if (dct) {
            String ns = TbxCategories.dctNamespace(category);
            if (ns == null) {
                w.writeStartElement(category);
            } else {
                w.writeStartElement(TbxCategories.prefix(ns), category, ns);
            }
        } else {
            String element = TbxCategories.dcaElement(category, onTerm);
            w.writeStartElement(element);
            if (TbxCategories.TYPED_ELEMENTS.contains(element)) {
                w.writeAttribute("type", category);
            }
        }
        if (target != null) {
            w.writeAttribute("target", target);
        }
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static String sharedDefinition(List<Term> terms) {
        String first = terms.isEmpty() ? null : terms.getFirst().definition();
        return first != null && terms.stream().allMatch(t -> Objects.equals(first, t.definition())) ? first : null;
    }

    private void open(String element) throws XMLStreamException {
        indent();
        w.writeStartElement(element);
        depth++;
    }

    private void leaf(String element, String text) throws XMLStreamException {
        indent();
        w.writeStartElement(element);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private void close(int levels) throws XMLStreamException {
        for (int i = 0; i < levels; i++) {
            depth--;
            indent();
            w.writeEndElement();
        }
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
