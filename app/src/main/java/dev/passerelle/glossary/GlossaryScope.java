package dev.passerelle.glossary;

import dev.passerelle.event.EventRepository;
import dev.passerelle.glossary.store.Glossaries;
import org.springframework.stereotype.Component;

/**
 * The glossary a URL names (API and workbench alike): {@code shared}, or an event's slug (404 when no event has it),
 * with the event id the glossary module keys on (null for the shared one).
 */
public record GlossaryScope(String key, Long eventId, String eventName) {

    public static final String SHARED = "shared";

    public boolean shared() {
        return eventId == null;
    }

    /** The event slug for the workbench's navigation, null for the shared glossary. */
    public String event() {
        return shared() ? null : key;
    }

    /** The name a glossary gets when its first concept or import creates it (as through the API). */
    public String newGlossaryName() {
        return shared() ? Glossaries.SHARED_NAME : eventName + " glossary";
    }

    @Component
    public static class Resolver {

        private final EventRepository events;

        Resolver(EventRepository events) {
            this.events = events;
        }

        public GlossaryScope of(String key) {
            if (SHARED.equals(key)) {
                return new GlossaryScope(SHARED, null, null);
            }
            var event = events.get(key);
            return new GlossaryScope(event.slug(), event.id(), event.name());
        }

        /** How URLs name the glossary of {@code eventId} (null: the shared one). */
        public String key(Long eventId) {
            return eventId == null ? SHARED : events.get(eventId).slug();
        }
    }
}
