package dev.passerelle.pipeline;

import dev.passerelle.NotFoundException;
import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.publish.PublicationRepository;
import dev.passerelle.segment.SegmentRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Work that still failed after every retry: parked with its reason, listed for organisers, retried on request. */
@Service
public class PipelineFailures {

    private static final Logger log = LoggerFactory.getLogger(PipelineFailures.class);

    private final SessionRepository sessions;
    private final SegmentRepository segments;
    private final PublicationRepository publications;
    private final Clock clock;

    public PipelineFailures(SessionRepository sessions, SegmentRepository segments,
                            PublicationRepository publications, Clock clock) {
        this.sessions = sessions;
        this.segments = segments;
        this.publications = publications;
        this.clock = clock;
    }

    /** Called by the routes' error handler once redelivery is exhausted. */
    @Transactional
    public void park(WorkFailedException failure) {
        log.warn("Parking {} {} after retries: {}", failure.kind().id(), failure.ids(), failure.reason());
        switch (failure.kind()) {
            case SESSION -> failure.ids().forEach(id ->
                    sessions.setState(id, Session.PipelineState.FAILED, failure.reason(), clock.instant()));
            case SEGMENT -> segments.markFailed(failure.ids(), failure.reason());
            case PUBLICATION -> publications.markFailed(failure.ids(), failure.reason());
        }
    }

    public List<Failure> list(int limit) {
        var failures = new ArrayList<Failure>();
        sessions.failed(limit).forEach(s -> failures.add(
                new Failure(WorkFailedException.WorkKind.SESSION.id(), s.id(), s.id(), s.failure())));
        segments.failed(limit).forEach(s -> failures.add(
                new Failure(WorkFailedException.WorkKind.SEGMENT.id(), s.id(), s.sessionId(), s.failure())));
        publications.failed(limit).forEach(p -> failures.add(
                new Failure(WorkFailedException.WorkKind.PUBLICATION.id(), p.sessionId(), p.sessionId(),
                        p.lang() + ": " + p.failure())));
        return failures;
    }

    /** Puts parked work back where its step picks it up. */
    @Transactional
    public void retry(String kind, long id) {
        boolean found = switch (kind) {
            case "session" -> sessions.retry(id, clock.instant()) > 0;
            case "segment" -> segments.clearFailure(id) > 0;
            case "publication" -> publications.clearFailure(id) > 0;
            default -> throw new IllegalArgumentException("kind must be session, segment or publication, not '"
                    + kind + "'");
        };
        if (!found) {
            throw new NotFoundException("failed " + kind, id);
        }
    }

    /** One parked item: what it is, which session it belongs to, and why it failed. */
    public record Failure(String kind, long id, long sessionId, String reason) {
    }
}
