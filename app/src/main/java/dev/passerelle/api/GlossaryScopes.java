package dev.passerelle.api;

import dev.passerelle.event.EventRepository;
import org.springframework.stereotype.Component;

/**
 * The glossary named in a URL: {@code shared} for the shared default glossary, else an event's slug. Resolves to
 * the event id the glossary module keys on (null for the shared one).
 */
@Component
class GlossaryScopes {

    static final String SHARED = "shared";

    private final EventRepository events;

    GlossaryScopes(EventRepository events) {
        this.events = events;
    }

    /** Null for the shared glossary; a 404 when no event has that slug. */
    Long eventId(String glossary) {
        return SHARED.equals(glossary) ? null : events.get(glossary).id();
    }

    String key(Long eventId) {
        return eventId == null ? SHARED : events.get(eventId).slug();
    }

    /** The name a glossary gets when created by its first concept or import. */
    String name(Long eventId) {
        return eventId == null ? dev.passerelle.glossary.store.Glossaries.SHARED_NAME
                : events.get(eventId).name() + " glossary";
    }
}
