package dev.passerelle.review;

import dev.passerelle.intake.SessionLock;
import dev.passerelle.mt.tm.JdbcTmEntries;
import dev.passerelle.publish.PublicationRepository;
import dev.passerelle.segmentation.InlineCodes;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import dev.passerelle.segment.VersionConflictException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What translators and reviewers do to a segment: edit its target, approve it, reject it. Each takes the version
 * the person saw; a stale version is a conflict, never a silent overwrite.
 */
@Service
public class ReviewDecisions {

    private final SegmentRepository segments;
    private final SessionLock sessionLock;
    private final PublicationRepository publications;
    private final JdbcTmEntries translationMemory;
    private final Clock clock;

    ReviewDecisions(SegmentRepository segments, SessionLock sessionLock, PublicationRepository publications,
                    JdbcTmEntries translationMemory, Clock clock) {
        this.segments = segments;
        this.sessionLock = sessionLock;
        this.publications = publications;
        this.translationMemory = translationMemory;
        this.clock = clock;
    }

    @Transactional
    public Segment edit(long id, long expectedVersion, String target, String person) {
        Segment segment = current(id, expectedVersion);
        if (target == null || target.isBlank()) {
            throw new InvalidReviewException("target", "must not be empty");
        }
        InlineCodes.check(segment.index(), segment.source(), target);
        segments.transition(segment, new SegmentRepository.Change(segment.state().afterEdit(), target,
                new Segment.Provenance(null, null, person, 0), null, person, "edited"), clock.instant());
        return segments.get(id);
    }

    @Transactional
    public Segment approve(long id, long expectedVersion, String person) {
        sessionLock.lock(segments.get(id).sessionId());
        Segment segment = current(id, expectedVersion);
        if (segment.target() == null || segment.target().isBlank()) {
            throw new InvalidReviewException("target", "an empty translation cannot be approved");
        }
        segments.transition(segment, new SegmentRepository.Change(SegmentState.APPROVED, segment.target(),
                segment.provenance().unbilled(), null, person, "approved"), clock.instant());
        translationMemory.record(segment.sourceLang(), segment.targetLang(), segment.source(), segment.target(),
                clock.instant());
        publications.requestWherePublishable(segment.sessionId(), List.of(segment.targetLang()));
        return segments.get(id);
    }

    @Transactional
    public Segment reject(long id, long expectedVersion, String reason, String person) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidReviewException("reason", "a rejection needs a reason the translator can act on");
        }
        Segment segment = current(id, expectedVersion);
        segments.transition(segment, new SegmentRepository.Change(SegmentState.REJECTED, segment.target(),
                segment.provenance().unbilled(), reason.strip(), person, reason.strip()), clock.instant());
        return segments.get(id);
    }

    private Segment current(long id, long expectedVersion) {
        Segment segment = segments.lock(id);
        if (segment.version() != expectedVersion) {
            throw new VersionConflictException(segment, expectedVersion);
        }
        return segment;
    }
}
