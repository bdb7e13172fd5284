package dev.passerelle.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.passerelle.event.EventRepository;
import dev.passerelle.intake.MarkdownSubmissionParser;
import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.intake.SessionIntake;
import dev.passerelle.intake.SessionIntake.IntakeResult;
import dev.passerelle.intake.SessionSubmission;
import dev.passerelle.pipeline.PipelineFailures;
import dev.passerelle.publish.PublicationRepository.PublishedVersion;
import dev.passerelle.publish.SessionStatusQuery;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sessions of an event: submit (JSON or Markdown with front matter), status per language, published versions. */
@RestController
@RequestMapping("/api/events/{event}/sessions")
class SessionController {

    private final SessionIntake intake;
    private final MarkdownSubmissionParser markdown;
    private final SessionStatusQuery status;
    private final EventRepository events;
    private final PipelineFailures failures;
    private final SessionRepository sessions;

    SessionController(SessionIntake intake, MarkdownSubmissionParser markdown, SessionStatusQuery status,
                      EventRepository events, PipelineFailures failures, SessionRepository sessions) {
        this.sessions = sessions;
        this.intake = intake;
        this.markdown = markdown;
        this.status = status;
        this.events = events;
        this.failures = failures;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submitted> submitJson(@PathVariable String event, @RequestBody SubmitSession request) {
        return submitted(event, intake.submit(event, request.toSubmission()));
    }

    @PostMapping(consumes = {"text/markdown", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Submitted> submitMarkdown(@PathVariable String event, @RequestBody byte[] body) {
        return submitted(event, intake.submit(event, markdown.parse(body, null)));
    }

    @GetMapping
    List<SessionView> list(@PathVariable String event) {
        return sessions.forEvent(events.get(event).id()).stream().map(SessionView::of).toList();
    }

    @GetMapping("/{id}/status")
    SessionStatusQuery.SessionStatus status(@PathVariable String event, @PathVariable long id) {
        return status.status(events.get(event).id(), id);
    }

    @GetMapping("/{id}/published")
    List<PublishedVersion> published(@PathVariable String event, @PathVariable long id) {
        return status.versions(events.get(event).id(), id);
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void retry(@PathVariable String event, @PathVariable long id) {
        failures.retry("session", sessions.get(events.get(event).id(), id).id());
    }

    private static ResponseEntity<Submitted> submitted(String event, IntakeResult result) {
        var body = new Submitted(result.sessionId(), result.outcome().name());
        if (result.outcome() == IntakeResult.Outcome.CREATED) {
            return ResponseEntity.created(URI.create("/api/events/" + event + "/sessions/" + result.sessionId()
                    + "/status")).body(body);
        }
        return ResponseEntity.ok(body);
    }

    record SubmitSession(String externalId, String title, @JsonProperty("abstract") String abstractText, String lang,
                         String kind, List<String> speakers, String track, String room, String start, String end) {

        SessionSubmission toSubmission() {
            return new SessionSubmission(externalId, title, abstractText, lang, kind, speakers, track, room,
                    start == null ? null : MarkdownSubmissionParser.parseTime("start", start),
                    end == null ? null : MarkdownSubmissionParser.parseTime("end", end));
        }
    }

    record Submitted(long id, String outcome) {
    }

    record SessionView(long id, String externalId, String kind, String lang, String title, List<String> speakers,
                       String track, String room, java.time.OffsetDateTime start, java.time.OffsetDateTime end,
                       String pipelineState, String failure) {

        static SessionView of(Session s) {
            return new SessionView(s.id(), s.externalId(), s.kind().id(), s.sourceLang(), s.title(), s.speakers(),
                    s.track(), s.room(), s.start(), s.end(), s.pipelineState().name(), s.failure());
        }
    }
}
