package dev.passerelle.glossary;

import java.util.List;
import java.util.Objects;

/**
 * A named set of concepts; {@code eventId} is null for the shared default glossary every event falls back on.
 * {@code id} is null until stored.
 */
public record Glossary(Long id, String name, Long eventId, List<Concept> concepts) {

    public Glossary {
        Objects.requireNonNull(name, "name");
        concepts = List.copyOf(concepts);
    }

    public boolean shared() {
        return eventId == null;
    }

    /** What an MT connector sends for this pair: term entries, do-not-translate terms and their checksum. */
    public LanguagePairTerms forPair(String sourceLang, String targetLang) {
        return LanguagePairTerms.of(concepts, sourceLang, targetLang);
    }
}
