package dev.passerelle.program;

import dev.passerelle.NotFoundException;
import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.publish.PublishedDocuments;
import dev.passerelle.search.SessionDocument;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads the published program of an event in one language. A session not yet approved in that language is shown in
 * its original language, flagged, or left out, as {@code passerelle.program.untranslated} says.
 */
@Service
public class Programs {

    private final EventRepository events;
    private final PublishedDocuments documents;
    private final ZoneId zone;
    private final boolean showUntranslated;

    Programs(EventRepository events, PublishedDocuments documents,
             @Value("${passerelle.program.time-zone:Europe/Paris}") ZoneId zone,
             @Value("${passerelle.program.untranslated:original}") String untranslated) {
        this.events = events;
        this.documents = documents;
        this.zone = zone;
        this.showUntranslated = !"hide".equals(untranslated);
    }

    public Program program(String eventSlug, String lang) {
        return new Program(event(eventSlug), lang, zone, documents.forEvent(eventSlug).stream()
                .map(d -> view(d, lang)).flatMap(Optional::stream).toList());
    }

    /** The event's program without its sessions: for pages that show one session or search results. */
    public Program outline(String eventSlug, String lang) {
        return new Program(event(eventSlug), lang, zone, List.of());
    }

    private Event event(String slug) {
        return events.find(slug).orElseThrow(() -> new NotFoundException("event", slug));
    }

    public ProgramSession session(String eventSlug, String lang, long sessionId) {
        return documents.forSession(sessionId).filter(d -> d.event().equals(eventSlug))
                .flatMap(d -> view(d, lang))
                .orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    private Optional<ProgramSession> view(SessionDocument d, String lang) {
        boolean inLang = "en".equals(lang) ? d.publishedEn() : d.publishedFr();
        if (!inLang && !showUntranslated) {
            return Optional.empty();
        }
        String shown = inLang ? lang : ("en".equals(lang) ? "fr" : "en");
        boolean en = "en".equals(shown);
        return Optional.of(new ProgramSession(d.sessionId(), en ? d.titleEn() : d.titleFr(),
                en ? d.abstractEn() : d.abstractFr(), d.kind(), shown, d.originalLang(),
                en ? d.translatedEn() : d.translatedFr(), !inLang, d.speakers(), d.track(), d.room(),
                local(d.start()), local(d.end())));
    }

    private ZonedDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone);
    }
}
