package dev.passerelle.intake.program;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.intake.InvalidSubmissionException;
import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionContent;
import dev.passerelle.intake.SessionIntake;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.intake.SessionSubmission;
import dev.passerelle.publish.Publisher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an event's program in one transaction: each session is submitted through {@link SessionIntake} by its
 * CFP id (so a re-import updates only what changed, and changed text re-opens only the changed segments),
 * imported sessions the file no longer lists are unpublished, and a session that cannot be taken is reported
 * with its reason while the others go in. A file that cannot be read imports nothing.
 */
@Service
public class ProgramImporter {

    private final Map<ProgramFormat, ProgramParser> parsers;
    private final EventRepository events;
    private final SessionIntake intake;
    private final SessionRepository sessions;
    private final ProgramSessions programSessions;
    private final ProgramLanguage language;
    private final Publisher publisher;
    private final Clock clock;

    ProgramImporter(List<ProgramParser> parsers, EventRepository events, SessionIntake intake,
                    SessionRepository sessions, ProgramSessions programSessions, ProgramLanguage language,
                    Publisher publisher, Clock clock) {
        this.parsers = parsers.stream().collect(Collectors.toMap(ProgramParser::format, Function.identity()));
        this.events = events;
        this.intake = intake;
        this.sessions = sessions;
        this.programSessions = programSessions;
        this.language = language;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Imports {@code body} in {@code format} (null: guessed from the content). */
    @Transactional
    public ImportReport importProgram(String eventSlug, ProgramFormat format, byte[] body) {
        Event event = events.get(eventSlug);
        ProgramFormat actual = format == null ? ProgramFormat.detect(body) : format;
        List<ProgramItem> items = parsers.get(actual).parse(body);
        Set<String> present = new HashSet<>();
        for (ProgramItem item : items) {
            if (!present.add(item.externalId())) {
                throw new InvalidProgramException("the file lists session id '" + item.externalId() + "' twice");
            }
        }
        Map<String, Session> stored = new HashMap<>();
        sessions.forEvent(event.id()).forEach(s -> stored.put(s.externalId(), s));
        Map<String, ProgramSessions.ImportedFields> imported = programSessions.byExternalId(event.id());
        List<ImportReport.Item> report = new ArrayList<>(items.size());
        for (ProgramItem item : items) {
            report.add(importItem(eventSlug, item, stored.get(item.externalId()), imported.get(item.externalId())));
        }
        for (ProgramSessions.Listed gone : programSessions.missing(event.id(), present)) {
            publisher.unpublish(gone.id());
            programSessions.markRemoved(gone.id(), clock.instant());
            report.add(new ImportReport.Item(gone.externalId(), gone.title(), ImportReport.Outcome.REMOVED,
                    gone.id(), null, null, null));
        }
        return ImportReport.of(eventSlug, actual, report);
    }

    private ImportReport.Item importItem(String eventSlug, ProgramItem item, Session stored,
                                         ProgramSessions.ImportedFields imported) {
        ProgramLanguage.Resolved lang = language.resolve(item.lang(), item.title(), item.abstractText());
        var submission = new SessionSubmission(item.externalId(), item.title(), item.abstractText(), lang.lang(),
                item.kind(), item.speakers(), item.track(), item.room(), item.start(), item.end());
        SessionContent content;
        try {
            // Checked before submitting: an exception inside the intake's transaction would doom the whole import.
            content = intake.check(submission);
        } catch (InvalidSubmissionException e) {
            return new ImportReport.Item(item.externalId(), item.title(), ImportReport.Outcome.ERROR, null,
                    lang.lang(), lang.flag(), e.getMessage());
        }
        String extra = extraJson(item);
        // Nothing to write (nor any row to lock, while the pipeline works on it) for a session the file repeats.
        if (stored != null && imported != null && imported.removedAt() == null && !content.differsFrom(stored)
                && Objects.equals(imported.extra(), extra)
                && Objects.equals(imported.languageFlag(), lang.flag())) {
            return new ImportReport.Item(item.externalId(), item.title(), ImportReport.Outcome.UNCHANGED,
                    stored.id(), lang.lang(), lang.flag(), null);
        }
        SessionIntake.IntakeResult result = intake.submit(eventSlug, submission);
        programSessions.imported(result.sessionId(), extra, lang.flag());
        // Removed by an earlier import (only imported sessions are ever removed), listed again by this one.
        boolean returned = imported != null && imported.removedAt() != null;
        if (returned) {
            // Back in the program: withdrawn publications are restored and re-requested where approved.
            publisher.republish(result.sessionId());
        }
        ImportReport.Outcome outcome = returned ? ImportReport.Outcome.UPDATED
                : ImportReport.Outcome.valueOf(result.outcome().name());
        return new ImportReport.Item(item.externalId(), item.title(), outcome, result.sessionId(), lang.lang(),
                lang.flag(), null);
    }

    private static String extraJson(ProgramItem item) {
        return item.extra() == null || item.extra().isEmpty() ? null
                : ProgramFields.JSON.writeValueAsString(item.extra());
    }
}
