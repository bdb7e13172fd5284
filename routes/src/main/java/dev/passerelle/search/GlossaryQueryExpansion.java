package dev.passerelle.search;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.glossary.match.TermMatcher;
import dev.passerelle.glossary.store.Glossaries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Expands a query with the other language's preferred terms of the glossary concepts it names ("astreinte" also
 * searches "on-call"): the event's glossary over the shared one, or the shared one alone for a search across events.
 * Each event's matcher is looked up again at most every {@link #REFRESH}: searches then cost no database round trip,
 * and a glossary edit reaches search about as fast as the index's own refresh.
 */
@Component
class GlossaryQueryExpansion implements QueryExpansion {

    static final Duration REFRESH = Duration.ofSeconds(2);
    private static final long SHARED = -1;

    private final Glossaries glossaries;
    private final EventRepository events;
    private final Clock clock;
    private final Map<String, Long> eventIds = new ConcurrentHashMap<>();
    private final Map<Long, Fetched> matchers = new ConcurrentHashMap<>();

    GlossaryQueryExpansion(Glossaries glossaries, EventRepository events, Clock clock) {
        this.glossaries = glossaries;
        this.events = events;
        this.clock = clock;
    }

    private record Fetched(TermMatcher matcher, Instant at) {
    }

    @Override
    public List<String> expand(String event, String query, String lang) {
        // Only real events get an entry (the slug comes from the request): anything else searches with the shared one.
        Long eventId = event == null ? null : eventIds.computeIfAbsent(event,
                slug -> events.find(slug).map(Event::id).orElse(null));
        Instant now = clock.instant();
        Fetched fetched = matchers.compute(eventId == null ? SHARED : eventId, (key, known) ->
                known != null && known.at().plus(REFRESH).isAfter(now) ? known
                        : new Fetched(glossaries.matcher(eventId), now));
        return fetched.matcher().expand(query, lang);
    }
}
