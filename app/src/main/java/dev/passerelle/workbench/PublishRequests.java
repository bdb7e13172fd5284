package dev.passerelle.workbench;

import dev.passerelle.event.EventRepository;
import dev.passerelle.intake.SessionLock;
import dev.passerelle.publish.PublicationRepository;
import dev.passerelle.publish.SessionStatusQuery;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organiser's publish button: asks the publish route to (re)publish a session in a language. */
@Service
class PublishRequests {

    private final EventRepository events;
    private final SessionLock sessionLock;
    private final SessionStatusQuery status;
    private final PublicationRepository publications;

    PublishRequests(EventRepository events, SessionLock sessionLock, SessionStatusQuery status,
                    PublicationRepository publications) {
        this.events = events;
        this.sessionLock = sessionLock;
        this.status = status;
        this.publications = publications;
    }

    /** Returns false, requesting nothing, when the session is not publishable in that language. */
    @Transactional
    public boolean request(String event, long sessionId, String lang) {
        long eventId = events.get(event).id();
        // The session lock first, as approvals take it: the publishable check and the request see the same segments.
        sessionLock.lock(sessionId);
        var language = status.status(eventId, sessionId).languages().get(lang);
        if (language == null || !language.publishable()) {
            return false;
        }
        publications.requestWherePublishable(sessionId, List.of(lang));
        return true;
    }
}
