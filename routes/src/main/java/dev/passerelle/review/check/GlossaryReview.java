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
import java.util.concurrent.atomic.AtomicReference;
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
    /** The last pair computed: each glossary check of one QA run asks for the same one. */
    private final AtomicReference<LastPair> last = new AtomicReference<>();

    private record LastPair(QaContext context, TermMatcher matcher, TranslationPair pair) {
    }

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

    /** The matcher of the event's effective glossary (null: the shared glossary). */
    public TermMatcher matcher(String event) {
        return matchers.apply(event);
    }

    /** The glossary hits of the context's source and target; without an event, the shared glossary's. */
    TranslationPair pair(QaContext context) {
        TermMatcher matcher = matcher(context.event());
        LastPair cached = last.get();
        // The same matcher instance means the same glossary version, so the cached hits still hold.
        if (cached != null && cached.matcher() == matcher && cached.context().equals(context)) {
            return cached.pair();
        }
        TranslationPair pair = TranslationPair.of(matcher, context.source(),
                context.sourceLang(), context.target(), context.targetLang());
        last.set(new LastPair(context, matcher, pair));
        return pair;
    }

    @Override
    public Set<String> termsIn(String event, String sourceLang, String source) {
        Set<String> terms = new LinkedHashSet<>();
        matcher(event).find(source, sourceLang).stream()
                .filter(hit -> hit.term().doNotTranslate())
                .forEach(hit -> terms.add(hit.matchedText()));
        return terms;
    }
}
