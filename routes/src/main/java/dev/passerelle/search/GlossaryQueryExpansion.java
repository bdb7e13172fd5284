package dev.passerelle.search;

import dev.passerelle.glossary.store.Glossaries;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Expands a query with the other language's preferred terms of the glossary concepts it names ("astreinte" also
 * searches "on-call"). Queries are not tied to one event, so the shared glossary is used.
 */
@Component
class GlossaryQueryExpansion implements QueryExpansion {

    private final Glossaries glossaries;

    GlossaryQueryExpansion(Glossaries glossaries) {
        this.glossaries = glossaries;
    }

    @Override
    public List<String> expand(String query, String lang) {
        return glossaries.expand(null, query, lang);
    }
}
