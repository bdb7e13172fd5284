package dev.passerelle.api;

import dev.passerelle.event.EventRepository;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.publish.Publisher;
import dev.passerelle.publish.SearchReindex;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisers withdraw a session from the public program and search, put it back, or rebuild search. */
@RestController
class PublicationController {

    private final Publisher publisher;
    private final SearchReindex reindex;
    private final EventRepository events;
    private final SessionRepository sessions;

    PublicationController(Publisher publisher, SearchReindex reindex, EventRepository events,
                          SessionRepository sessions) {
        this.publisher = publisher;
        this.reindex = reindex;
        this.events = events;
        this.sessions = sessions;
    }

    @DeleteMapping("/api/events/{event}/sessions/{id}/publication")
    Unpublished unpublish(@PathVariable String event, @PathVariable long id) {
        return new Unpublished(publisher.unpublish(sessions.get(events.get(event).id(), id).id()));
    }

    @PutMapping("/api/events/{event}/sessions/{id}/publication")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void republish(@PathVariable String event, @PathVariable long id) {
        publisher.republish(sessions.get(events.get(event).id(), id).id());
    }

    @PostMapping("/api/admin/search/reindex")
    SearchReindex.Report reindex() {
        return reindex.run();
    }

    /** Whether the session was in the program (false: it was already withdrawn or never published). */
    record Unpublished(boolean withdrawn) {
    }
}
