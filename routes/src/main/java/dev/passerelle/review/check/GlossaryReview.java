package dev.passerelle.review.check;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.glossary.check.TranslationPair;
import dev.passerelle.glossary.store.Glossaries;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What review asks of the glossary: the source/target term hits of a segment under its event's effective glossary,
 * and the do-not-translate terms of a source (so {@code same-as-source} accepts a segment made only of them).
 */
@Component
public class GlossaryReview implements DoNotTranslate {

    private final Glossaries glossaries;
    private final EventRepository events;
    // Slugs never change owner: resolved once (QA runs on every approval).
    private final Map<String, Optional<Long>> eventIds = new ConcurrentHashMap<>();

    public GlossaryReview(Glossaries glossaries, EventRepository events) {
        this.glossaries = glossaries;
        this.events = events;
    }

    /** The glossary hits of the context's source and target; without an event, the shared glossary's. */
    TranslationPair pair(QaContext context) {
        return TranslationPair.of(glossaries.matcher(eventId(context.event())), context.source(),
                context.sourceLang(), context.target(), context.targetLang());
    }

    @Override
    public Set<String> termsIn(String event, String sourceLang, String source) {
        Set<String> terms = new LinkedHashSet<>();
        glossaries.matcher(eventId(event)).find(source, sourceLang).stream()
                .filter(hit -> hit.term().doNotTranslate())
                .forEach(hit -> terms.add(hit.matchedText()));
        return terms;
    }

    /** The event's id, or null (the shared glossary) for no or an unknown event. */
    private Long eventId(String slug) {
        if (slug == null) {
            return null;
        }
        return eventIds.computeIfAbsent(slug, s -> events.find(s).map(Event::id)).orElse(null);
    }
}
