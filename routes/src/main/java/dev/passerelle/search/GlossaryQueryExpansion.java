package dev.passerelle.search;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.glossary.store.Glossaries;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Expands a query with the other language's preferred terms of the glossary concepts it names ("astreinte" also
 * searches "on-call"): the event's glossary over the shared one, or the shared one alone for a search across events.
 */
@Component
class GlossaryQueryExpansion implements QueryExpansion {

    private final Glossaries glossaries;
    private final EventRepository events;

    GlossaryQueryExpansion(Glossaries glossaries, EventRepository events) {
        this.glossaries = glossaries;
        this.events = events;
    }

    @Override
    public List<String> expand(String event, String query, String lang) {
        Long eventId = event == null ? null : events.find(event).map(Event::id).orElse(null);
        return glossaries.expand(eventId, query, lang);
    }
}
