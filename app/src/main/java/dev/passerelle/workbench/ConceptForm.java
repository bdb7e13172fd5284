package dev.passerelle.workbench;

import dev.passerelle.event.Events;
import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Languages;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The concept form: its id, one row per term (blank rows are ignored), one definition per program language and the
 * do-not-translate flag. Editing keeps what the form does not show (part of speech, notes, sources, properties,
 * other languages' definitions), so an imported TBX concept loses nothing.
 */
public class ConceptForm {

    /** Empty rows offered below a concept's terms, one per program language. */
    private static final List<String> BLANK_ROWS = Events.LANGUAGES;

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = "|[^/?#\\s][^/?#]*") // empty: NotBlank says so
    private String id;
    @Valid
    private List<TermRow> terms = new ArrayList<>();
    private Map<String, @Size(max = 4000) String> definitions = new LinkedHashMap<>();
    private boolean doNotTranslate;

    /** A new concept: a preferred term per language first, then room for a synonym in each. */
    static ConceptForm blank() {
        var form = new ConceptForm();
        BLANK_ROWS.forEach(lang -> form.terms.add(new TermRow(lang, "", TermStatus.PREFERRED)));
        BLANK_ROWS.forEach(lang -> form.terms.add(new TermRow(lang, "", TermStatus.ADMITTED)));
        return form;
    }

    static ConceptForm of(Concept concept) {
        var form = new ConceptForm();
        form.id = concept.id();
        concept.terms().forEach(t -> form.terms.add(new TermRow(t.lang(), t.text(), t.status())));
        BLANK_ROWS.forEach(lang -> form.terms.add(new TermRow(lang, "", TermStatus.ADMITTED)));
        form.definitions.putAll(GlossaryListing.Row.definitions(concept));
        form.doNotTranslate = concept.terms().stream().anyMatch(Term::doNotTranslate);
        return form;
    }

    /** Field errors Bean Validation cannot see: a concept needs a term, and a term needs its language. */
    void validate(Errors errors) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).filled() && isBlank(terms.get(i).getLang())) {
                errors.rejectValue("terms[" + i + "].lang", "workbench.glossary.error.lang");
            }
        }
        if (terms.stream().noneMatch(TermRow::filled)) {
            errors.rejectValue("terms", "workbench.glossary.error.noTerm");
        }
    }

    /** The concept as edited, keeping the form-less data of {@code before} (the stored concept, when editing). */
    Concept toConcept(String conceptId, Optional<Concept> before) {
        List<Term> edited = new ArrayList<>();
        for (TermRow row : terms) {
            if (!row.filled()) {
                continue;
            }
            Term term = before.flatMap(c -> c.terms().stream()
                            .filter(t -> t.lang().equalsIgnoreCase(row.getLang().strip())
                                    && t.text().equals(row.getText().strip())).findFirst())
                    .orElse(Term.preferred(row.getLang(), row.getText()));
            term = term.withStatus(row.getStatus()).withDoNotTranslate(doNotTranslate);
            String primary = Languages.primary(term.lang());
            if (definitions.containsKey(primary)) {
                term = term.withDefinition(definitions.get(primary));
            }
            edited.add(term);
        }
        return new Concept(conceptId, before.map(Concept::properties).orElse(List.of()), edited);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<TermRow> getTerms() {
        return terms;
    }

    public void setTerms(List<TermRow> terms) {
        this.terms = terms;
    }

    public Map<String, String> getDefinitions() {
        return definitions;
    }

    public void setDefinitions(Map<String, String> definitions) {
        this.definitions = definitions;
    }

    public boolean isDoNotTranslate() {
        return doNotTranslate;
    }

    public void setDoNotTranslate(boolean doNotTranslate) {
        this.doNotTranslate = doNotTranslate;
    }

    /** One term of the form; a row without text is an unused one. */
    public static class TermRow {

        @Pattern(regexp = "|" + GlossaryPageController.LANGUAGE_TAG)
        private String lang;
        @Size(max = 500)
        private String text;
        private TermStatus status = TermStatus.PREFERRED;

        public TermRow() {
        }

        TermRow(String lang, String text, TermStatus status) {
            this.lang = lang;
            this.text = text;
            this.status = status;
        }

        boolean filled() {
            return !isBlank(text);
        }

        public String getLang() {
            return lang;
        }

        public void setLang(String lang) {
            this.lang = lang;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public TermStatus getStatus() {
            return status;
        }

        public void setStatus(TermStatus status) {
            this.status = status == null ? TermStatus.PREFERRED : status;
        }
    }
}
