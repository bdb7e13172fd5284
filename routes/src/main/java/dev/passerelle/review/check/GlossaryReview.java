package dev.passerelle.review.check;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.glossary.check.TranslationPair;
import dev.passerelle.glossary.match.TermMatcher;
import dev.passerelle.glossary.store.Glossaries;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What review asks of the glossary: the source/target term hits of a segment under its event's effective glossary,
 * and the do-not-translate terms of a source (so {@code same-as-source} accepts a segment made only of them).
 */
@Component
public class GlossaryReview implements DoNotTranslate {

    /** The matcher of an event's effective glossary, by event slug (null: the shared glossary). */
    private final Function<String, TermMatcher> matchers;

    @Autowired
    public GlossaryReview(Glossaries glossaries, EventRepository events) {
        // Slugs never change owner: resolved once (QA runs on every approval).
        Map<String, Optional<Long>> eventIds = new ConcurrentHashMap<>();
        this.matchers = slug -> glossaries.matcher(slug == null ? null
                : eventIds.computeIfAbsent(slug, s -> events.find(s).map(Event::id)).orElse(null));
    }

    /** Over fixed matchers (tests). */
    GlossaryReview(Function<String, TermMatcher> matchers) {
        this.matchers = matchers;
    }

    /** The glossary hits of the context's source and target; without an event, the shared glossary's. */
    TranslationPair pair(QaContext context) {
        return TranslationPair.of(matchers.apply(context.event()), context.source(),
                context.sourceLang(), context.target(), context.targetLang());
    }

    @Override
    public Set<String> termsIn(String event, String sourceLang, String source) {
        Set<String> terms = new LinkedHashSet<>();
        matchers.apply(event).find(source, sourceLang).stream()
                .filter(hit -> hit.term().doNotTranslate())
                .forEach(hit -> terms.add(hit.matchedText()));
        return terms;
    }
}
