package dev.passerelle.glossary.exchange;

import dev.passerelle.glossary.TermStatus;
import java.util.Map;
import java.util.Set;

/**
 * TBX data categories: which core element carries each one in DCA style ({@code <termNote type="partOfSpeech">}),
 * which namespace module in DCT style ({@code <min:partOfSpeech>}), and administrativeStatus ↔ {@link TermStatus}.
 */
final class TbxCategories {

    static final String TBX_NS = "urn:iso:std:iso:30042:ed-2";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    static final String MIN_NS = "http://www.tbxinfo.net/ns/min";
    static final String BASIC_NS = "http://www.tbxinfo.net/ns/basic";
    /** Our own categories (doNotTranslate, caseSensitive) and any category TBX-Basic does not define. */
    static final String PASSERELLE_NS = "https://passerelle.dev/ns/tbx";

    static final String ADMINISTRATIVE_STATUS = "administrativeStatus";
    static final String PART_OF_SPEECH = "partOfSpeech";
    static final String DEFINITION = "definition";
    static final String SOURCE = "source";
    static final String DO_NOT_TRANSLATE = "doNotTranslate";
    static final String CASE_SENSITIVE = "caseSensitive";

    /** Core elements whose data category is their {@code type} attribute (DCA style and TBX 2008). */
    static final Set<String> TYPED_ELEMENTS = Set.of("descrip", "admin", "termNote", "xref", "ref", "transac",
            "transacNote");
    /** Core elements that are their own category in every style. */
    static final Set<String> PLAIN_ELEMENTS = Set.of("note", "date");
    static final Set<String> GROUPS = Set.of("descripGrp", "adminGrp", "transacGrp", "termNoteGrp");

    private static final Map<String, String> DCA_ELEMENT = Map.ofEntries(
            Map.entry("source", "admin"), Map.entry("customerSubset", "admin"), Map.entry("projectSubset", "admin"),
            Map.entry("partOfSpeech", "termNote"), Map.entry("administrativeStatus", "termNote"),
            Map.entry("termType", "termNote"), Map.entry("grammaticalGender", "termNote"),
            Map.entry("geographicalUsage", "termNote"), Map.entry("termLocation", "termNote"),
            Map.entry("doNotTranslate", "termNote"), Map.entry("caseSensitive", "termNote"),
            Map.entry("xGraphic", "xref"), Map.entry("externalCrossReference", "xref"), Map.entry("xSource", "xref"),
            Map.entry("crossReference", "ref"), Map.entry("transactionType", "transac"),
            Map.entry("responsibility", "transacNote"), Map.entry("note", "note"), Map.entry("date", "date"));
    private static final Set<String> MIN_MODULE = Set.of("administrativeStatus", "customerSubset", "partOfSpeech",
            "subjectField");
    private static final Set<String> BASIC_MODULE = Set.of("context", "crossReference", "definition",
            "externalCrossReference", "geographicalUsage", "grammaticalGender", "projectSubset", "responsibility",
            "source", "termLocation", "termType", "transactionType", "xGraphic");
    private static final Map<String, String> GROUP_OF = Map.of("descrip", "descripGrp", "admin", "adminGrp",
            "transac", "transacGrp", "termNote", "termNoteGrp");

    private TbxCategories() {
    }

    /** The DCA core element for a category; unknown categories are descriptions (or term notes on terms). */
    static String dcaElement(String category, boolean onTerm) {
        return DCA_ELEMENT.getOrDefault(category, onTerm ? "termNote" : "descrip");
    }

    static String groupElement(String headCategory, boolean onTerm) {
        return GROUP_OF.getOrDefault(dcaElement(headCategory, onTerm), "descripGrp");
    }

    /** The DCT namespace of a category, or null for core elements (note, date) written without one. */
    static String dctNamespace(String category) {
        if (PLAIN_ELEMENTS.contains(category)) {
            return null;
        }
        return MIN_MODULE.contains(category) ? MIN_NS : BASIC_MODULE.contains(category) ? BASIC_NS : PASSERELLE_NS;
    }

    static String prefix(String namespace) {
        return switch (namespace) {
            case MIN_NS -> "min";
            case BASIC_NS -> "basic";
            default -> "pas";
        };
    }

    static TermStatus status(String administrativeStatus) {
        String value = administrativeStatus.strip();
        if (value.startsWith("preferred") || value.startsWith("standardized")) {
            return TermStatus.PREFERRED;
        }
        if (value.startsWith("deprecated") || value.startsWith("superseded") || value.startsWith("forbidden")) {
            return TermStatus.FORBIDDEN;
        }
        return TermStatus.ADMITTED;
    }

    static String administrativeStatus(TermStatus status) {
        return switch (status) {
            case PREFERRED -> "preferredTerm-admn-sts";
            case ADMITTED -> "admittedTerm-admn-sts";
            case FORBIDDEN -> "deprecatedTerm-admn-sts";
        };
    }
}
