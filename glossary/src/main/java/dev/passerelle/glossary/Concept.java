package dev.passerelle.glossary;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One meaning and its terms in every language; {@code id} is stable within its glossary (TBX {@code id}). */
public record Concept(String id, List<Property> properties, List<Term> terms) {

    public Concept {
        Objects.requireNonNull(id, "id");
        id = id.strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("A concept needs an id");
        }
        properties = properties == null ? List.of() : List.copyOf(properties);
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("Concept " + id + " has no term");
        }
    }

    public static Concept of(String id, Term... terms) {
        return new Concept(id, List.of(), List.of(terms));
    }

    public List<Term> terms(String lang) {
        String wanted = Languages.normalise(lang);
        String primary = Languages.primary(wanted);
        return terms.stream()
                .filter(t -> t.lang().equals(wanted) || Languages.primary(t.lang()).equals(primary))
                .toList();
    }

    /** The term to use in {@code lang}: the preferred one, else the first admitted one. */
    public Optional<Term> preferred(String lang) {
        return terms(lang).stream()
                .filter(t -> t.status().approved())
                .min(Comparator.comparing(Term::status));
    }

    public List<String> languages() {
        return terms.stream().map(Term::lang).distinct().toList();
    }

    public Optional<String> subjectField() {
        return properties.stream().filter(p -> p.lang() == null && p.type().equals("subjectField"))
                .map(Property::value).findFirst();
    }
}
