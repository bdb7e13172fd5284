package dev.passerelle.review;

import dev.passerelle.NotFoundException;
import dev.passerelle.intake.SessionLock;
import dev.passerelle.mt.tm.JdbcTmEntries;
import dev.passerelle.publish.PublicationRepository;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.segmentation.InlineCodes;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import dev.passerelle.segment.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What translators and reviewers do to a segment: edit, autofix or revert its target, approve it, reject it. Each
 * takes the version the person saw; a stale version is a conflict, never a silent overwrite. Target changes respect
 * leases; approvals respect QA (never with blocking issues) and the review policy.
 */
@Service
public class ReviewDecisions {

    private final SegmentRepository segments;
    private final SessionLock sessionLock;
    private final PublicationRepository publications;
    private final JdbcTmEntries translationMemory;
    private final Leases leases;
    private final SegmentQa qa;
    private final ReviewPolicies policies;
    private final Clock clock;

    ReviewDecisions(SegmentRepository segments, SessionLock sessionLock, PublicationRepository publications,
                    JdbcTmEntries translationMemory, Leases leases, SegmentQa qa, ReviewPolicies policies,
                    Clock clock) {
        this.segments = segments;
        this.sessionLock = sessionLock;
        this.publications = publications;
        this.translationMemory = translationMemory;
        this.leases = leases;
        this.qa = qa;
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional
    public Segment edit(long id, long expectedVersion, String target, String person) {
        Segment segment = current(id, expectedVersion, target);
        return changeTarget(segment, target, person, person, "edited");
    }

    /** Applies every fixable QA issue (French spaces and quotes, whitespace) as an edit; unchanged when none. */
    @Transactional
    public Segment autofix(long id, long expectedVersion, String person) {
        Segment segment = current(id, expectedVersion, null);
        if (segment.target() == null || segment.target().isEmpty()) {
            throw new InvalidReviewException("target", "there is no translation to fix");
        }
        String fixed = qa.autofixed(segment, segment.target());
        if (fixed.equals(segment.target())) {
            return segment;
        }
        return changeTarget(segment, fixed, person, person, "autofix");
    }

    /** Brings back the target an earlier change produced, as a new change (the history keeps both). */
    @Transactional
    public Segment revert(long id, long expectedVersion, long historyId, String reason, String person) {
        Segment segment = current(id, expectedVersion, null);
        SegmentRepository.HistoryEntry entry = segments.historyEntry(id, historyId)
                .orElseThrow(() -> new NotFoundException("history entry of segment " + id, historyId));
        if (entry.toTarget() == null || entry.toTarget().isBlank()) {
            throw new InvalidReviewException("historyId", "that change left no translation to go back to");
        }
        String why = "reverted to version " + entry.version()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        return changeTarget(segment, entry.toTarget(), person, person, why);
    }

    /**
     * Replaces the target after the caller locked the segment and checked its version: refused when another
     * person holds a lease on it; {@code author} is who wrote the text, {@code actor} who put it there.
     */
    Segment changeTarget(Segment segment, String target, String author, String actor, String reason) {
        leases.requireFree(segment.id(), actor);
        if (target == null || target.isBlank()) {
            throw new InvalidReviewException("target", "must not be empty");
        }
        InlineCodes.check(segment.index(), segment.source(), target);
        segments.transition(segment, new SegmentRepository.Change(segment.state().afterEdit(), target,
                new Segment.Provenance(null, null, author, 0), null, actor, reason), clock.instant());
        return segments.get(segment.id());
    }

    @Transactional
    public Segment approve(long id, long expectedVersion, String person) {
        sessionLock.lock(segments.get(id).sessionId());
        Segment segment = current(id, expectedVersion, null);
        requireApprovable(segment, person);
        approveAll(List.of(segment), person, "approved");
        return segments.get(id);
    }

    @Transactional
    public Segment reject(long id, long expectedVersion, String reason, String person) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidReviewException("reason", "a rejection needs a reason the translator can act on");
        }
        Segment segment = current(id, expectedVersion, null);
        segments.transition(segment, new SegmentRepository.Change(SegmentState.REJECTED, segment.target(),
                segment.provenance().unbilled(), reason.strip(), person, reason.strip()), clock.instant());
        return segments.get(id);
    }

    /** Throws unless {@code person} may approve the segment now: a target, no blocking QA issue, the review policy. */
    void requireApprovable(Segment segment, String person) {
        if (segment.target() == null || segment.target().isBlank()) {
            throw new InvalidReviewException("target", "an empty translation cannot be approved");
        }
        QaReport report = qa.of(segment);
        if (report.blocking()) {
            throw new QaBlockedException(segment.id(), report.blockingIssues());
        }
        if (isOwnWorkUnderFourEyes(segment, person)) {
            throw new FourEyesException(segment.id(), person);
        }
    }

    boolean isOwnWorkUnderFourEyes(Segment segment, String person) {
        return person.equals(segment.provenance().person())
                && policies.forSession(segment.sessionId(), segment.targetLang()) == ReviewPolicy.FOUR_EYES;
    }

    /** {@link #approveAll(List, String, String, Instant)} now. */
    void approveAll(List<Segment> approvable, String person, String reason) {
        approveAll(approvable, person, reason, clock.instant());
    }

    /**
     * Approves locked segments of sessions the caller locked, records them in the TM and requests publication, all
     * {@code at} one instant (an XLIFF import dates its approvals like the rest of its writes).
     */
    public void approveAll(List<Segment> approvable, String person, String reason, Instant at) {
        segments.transitionAll(approvable, approvable.stream().map(segment -> new SegmentRepository.Change(
                SegmentState.APPROVED, segment.target(), segment.provenance().unbilled(), null, person, reason))
                .toList(), at);
        for (Segment segment : approvable) {
            translationMemory.record(segment.sourceLang(), segment.targetLang(), segment.source(), segment.target(),
                    at);
        }
        approvable.stream().map(Segment::sessionId).distinct().forEach(session -> publications
                .requestWherePublishable(session, approvable.stream().filter(s -> s.sessionId() == session)
                        .map(Segment::targetLang).distinct().toList()));
    }

    /** The segment, locked until the transaction ends, if it is still at the version the person saw. */
    Segment current(long id, long expectedVersion, String yours) {
        Segment segment = segments.lock(id);
        if (segment.version() != expectedVersion) {
            throw new VersionConflictException(segment, expectedVersion, yours);
        }
        return segment;
    }
}
