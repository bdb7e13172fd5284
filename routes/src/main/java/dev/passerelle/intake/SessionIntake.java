package dev.passerelle.intake;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a session for an event: validates it, stores it for segmentation, or, when a session with the same
 * external id exists, updates it only if its content changed (so re-ingestion re-opens only what changed).
 */
@Service
public class SessionIntake {

    private final EventRepository events;
    private final SessionRepository sessions;
    private final SubmissionValidator validator;
    private final Clock clock;

    SessionIntake(EventRepository events, SessionRepository sessions, SubmissionValidator validator, Clock clock) {
        this.events = events;
        this.sessions = sessions;
        this.validator = validator;
        this.clock = clock;
    }

    /** Validates without storing; throws {@link InvalidSubmissionException} naming the wrong field. */
    public SessionContent check(SessionSubmission submission) {
        return validator.validate(submission);
    }

    @Transactional
    public IntakeResult submit(String eventSlug, SessionSubmission submission) {
        Event event = events.get(eventSlug);
        SessionContent content = validator.validate(submission);
        String externalId = submission.externalId() == null || submission.externalId().isBlank()
                ? UUID.randomUUID().toString() : submission.externalId().strip();
        return sessions.lockByExternalId(event.id(), externalId)
                .map(stored -> {
                    if (!content.differsFrom(stored)) {
                        return new IntakeResult(stored.id(), IntakeResult.Outcome.UNCHANGED);
                    }
                    sessions.updateContent(stored.id(), content, clock.instant());
                    return new IntakeResult(stored.id(), IntakeResult.Outcome.UPDATED);
                })
                .orElseGet(() -> new IntakeResult(sessions.insert(event.id(), externalId, content, clock.instant()),
                        IntakeResult.Outcome.CREATED));
    }

    /** The stored session's id and what the submission did to it. */
    public record IntakeResult(long sessionId, Outcome outcome) {

        public enum Outcome { CREATED, UPDATED, UNCHANGED }
    }
}
