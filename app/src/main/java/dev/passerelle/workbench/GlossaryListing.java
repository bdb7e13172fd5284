package dev.passerelle.workbench;

import dev.passerelle.event.Events;
import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The glossary page's table: concepts kept by a text (in an id, term or definition; case and accents ignored) and a
 * term status, each shown with its terms per program language, the other languages' terms, and its definitions.
 */
public record GlossaryListing(String text, TermStatus status, List<Row> rows) {

    static GlossaryListing of(List<Concept> concepts, String text, String status) {
        String wanted = fold(text == null ? "" : text.strip());
        TermStatus statusWanted = parseStatus(status);
        var rows = concepts.stream()
                .filter(c -> statusWanted == null || c.terms().stream().anyMatch(t -> t.status() == statusWanted))
                .filter(c -> wanted.isEmpty() || searchable(c).contains(wanted))
                .map(Row::of).toList();
        return new GlossaryListing(text == null ? "" : text.strip(), statusWanted, rows);
    }

    private static TermStatus parseStatus(String status) {
        for (TermStatus s : TermStatus.values()) {
            if (s.name().equalsIgnoreCase(status)) {
                return s;
            }
        }
        return null;
    }

    private static String searchable(Concept concept) {
        var all = new StringBuilder(concept.id());
        concept.terms().forEach(t -> all.append('\n').append(t.text()).append('\n')
                .append(t.definition() == null ? "" : t.definition()));
        return fold(all.toString());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** A concept as the table shows it. */
    public record Row(String id, Map<String, List<Term>> terms, List<Term> otherTerms, Map<String, String> definitions,
               boolean doNotTranslate) {

        static Row of(Concept concept) {
            Map<String, List<Term>> byLang = new LinkedHashMap<>();
            Events.LANGUAGES.forEach(lang -> byLang.put(lang, concept.terms(lang)));
            var shown = byLang.values().stream().flatMap(List::stream).toList();
            return new Row(concept.id(), byLang, concept.terms().stream().filter(t -> !shown.contains(t)).toList(),
                    definitions(concept), concept.terms().stream().anyMatch(Term::doNotTranslate));
        }

        /** Per program language, the first definition its terms carry. */
        static Map<String, String> definitions(Concept concept) {
            Map<String, String> definitions = new LinkedHashMap<>();
            Events.LANGUAGES.forEach(lang -> concept.terms(lang).stream().map(Term::definition)
                    .filter(d -> d != null).findFirst().ifPresent(d -> definitions.put(lang, d)));
            return definitions;
        }
    }
}
