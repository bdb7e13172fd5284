package dev.passerelle.publish;

import dev.passerelle.event.EventRepository;
import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionLock;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.pipeline.WorkFailedException;
import dev.passerelle.search.SessionDocument;
import dev.passerelle.search.SessionIndexer;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import dev.passerelle.segmentation.MarkdownSegmenter;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes sessions that became publishable in a language: assembles the title and abstract from the approved
 * segments (inline markup restored to Markdown), stores the published version, and indexes the bilingual document.
 */
@Service
public class Publisher {

    private final PublicationRepository publications;
    private final SessionRepository sessions;
    private final SegmentRepository segments;
    private final EventRepository events;
    private final MarkdownSegmenter segmenter;
    private final SessionIndexer indexer;
    private final SessionLock sessionLock;
    private final Clock clock;
    private final int batchSize;

    Publisher(PublicationRepository publications, SessionRepository sessions, SegmentRepository segments,
              EventRepository events, MarkdownSegmenter segmenter, SessionIndexer indexer, SessionLock sessionLock,
              Clock clock,
              @Value("${passerelle.routes.publish.batch-size:20}") int batchSize) {
        this.publications = publications;
        this.sessions = sessions;
        this.segments = segments;
        this.events = events;
        this.segmenter = segmenter;
        this.indexer = indexer;
        this.sessionLock = sessionLock;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Publishes one batch of due publications; returns how many it published. A session held by an approval or
     * a re-segmentation stays pending for the next round.
     */
    @Transactional
    public int publishNextBatch() {
        int published = 0;
        for (PublicationRepository.Pending pending : publications.claimPending(batchSize)) {
            if (!sessionLock.tryLock(pending.sessionId())) {
                continue;
            }
            try {
                publish(pending);
                published++;
            } catch (RuntimeException e) {
                throw new WorkFailedException(WorkFailedException.WorkKind.PUBLICATION, List.of(pending.sessionId()),
                        e);
            }
        }
        return published;
    }

    /** Withdraws a session from the published program: its publications, published versions and search document. */
    @Transactional
    public void unpublish(long sessionId) {
        publications.withdraw(sessionId);
        indexer.remove(sessionId);
    }

    private void publish(PublicationRepository.Pending pending) {
        Session session = sessions.get(pending.sessionId());
        List<Segment> all = segments.forSession(session.id());
        boolean current = session.pipelineState() == Session.PipelineState.SEGMENTED;
        boolean approved = all.stream().filter(s -> s.targetLang().equals(pending.lang()))
                .allMatch(s -> s.state() == SegmentState.APPROVED);
        if (!current || !approved) {
            // Re-segmentation or the next approval requests it again.
            publications.postpone(pending);
            return;
        }
        String lang = pending.lang();
        boolean translated = all.stream().anyMatch(s -> s.targetLang().equals(lang));
        var version = new PublicationRepository.PublishedVersion(session.id(), lang, pending.currentVersion() + 1,
                assemble(session, session.title(), "title", all, lang),
                assemble(session, session.abstractText(), "abstract", all, lang), translated, clock.instant());
        publications.store(pending, version);
        indexer.index(document(session));
    }

    private String assemble(Session session, String markdown, String field, List<Segment> all, String lang) {
        List<String> outputs = all.stream().filter(s -> s.field().equals(field))
                .sorted(java.util.Comparator.comparingInt(Segment::index))
                .map(s -> s.sourceLang().equals(lang) ? s.source() : s.target())
                .toList();
        return segmenter.assemble(markdown, session.sourceLang(), outputs);
    }

    private SessionDocument document(Session session) {
        var en = publications.latest(session.id(), "en").orElse(null);
        var fr = publications.latest(session.id(), "fr").orElse(null);
        return new SessionDocument(session.id(), events.get(session.eventId()).slug(), session.kind().id(),
                session.sourceLang(), session.track(), session.room(), session.start(), session.end(),
                session.speakers(),
                en == null ? null : en.title(), en == null ? null : en.abstractText(),
                fr == null ? null : fr.title(), fr == null ? null : fr.abstractText(),
                en != null, fr != null, en != null && en.translated(), fr != null && fr.translated());
    }
}
