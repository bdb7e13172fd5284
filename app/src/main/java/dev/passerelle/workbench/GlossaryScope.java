package dev.passerelle.workbench;

import dev.passerelle.event.EventRepository;
import dev.passerelle.glossary.store.Glossaries;
import org.springframework.stereotype.Component;

/**
 * The glossary a page names: {@code shared}, or an event's slug (404 when no event has it), with the event id the
 * glossary module keys on (null for the shared one).
 */
public record GlossaryScope(String key, Long eventId, String eventName) {

    static final String SHARED = "shared";

    public boolean shared() {
        return eventId == null;
    }

    /** The event slug for the workbench's navigation, null for the shared glossary. */
    public String event() {
        return shared() ? null : key;
    }

    /** The name a glossary gets when its first concept or import creates it (as through the API). */
    String newGlossaryName() {
        return shared() ? Glossaries.SHARED_NAME : eventName + " glossary";
    }

    @Component
    static class Resolver {

        private final EventRepository events;

        Resolver(EventRepository events) {
            this.events = events;
        }

        GlossaryScope of(String key) {
            if (SHARED.equals(key)) {
                return new GlossaryScope(SHARED, null, null);
            }
            var event = events.get(key);
            return new GlossaryScope(event.slug(), event.id(), event.name());
        }
    }
}
