package dev.passerelle.review;

import dev.passerelle.intake.SessionLock;
import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approves many segments in review at once, with guard rails: only those the rule selects, never one with a
 * blocking QA issue, an empty target, someone else's lease, or the approver's own work under four eyes. Every
 * segment considered and not approved is reported with the reason.
 */
@Service
public class BulkApproval {

    private final SegmentRepository segments;
    private final SessionLock sessionLock;
    private final SegmentQa qa;
    private final Leases leases;
    private final ReviewDecisions decisions;
    private final EventSegments eventSegments;

    BulkApproval(SegmentRepository segments, SessionLock sessionLock, SegmentQa qa, Leases leases,
                 ReviewDecisions decisions, EventSegments eventSegments) {
        this.eventSegments = eventSegments;
        this.segments = segments;
        this.sessionLock = sessionLock;
        this.qa = qa;
        this.leases = leases;
        this.decisions = decisions;
    }

    /** Which segments a bulk approval takes. */
    public enum Rule {
        /** Exact (100 %) translation-memory matches nobody changed since. */
        TM_EXACT,
        /** Targets without any QA issue, warnings included. */
        NO_QA_WARNINGS
    }

    /** What a bulk approval did: how many, which, and every skipped segment with why. */
    public record Result(int approved, List<Long> approvedIds, List<Skipped> skipped) {
    }

    public record Skipped(long segmentId, String reason) {
    }

    @Transactional
    public Result approve(String event, Rule rule, Long sessionId, String lang, String person) {
        List<Segment> inReview = eventSegments.all(event, lang, SegmentState.IN_REVIEW, sessionId);
        // Session locks first, in id order, as single approvals do: no deadlock with them or the publisher.
        inReview.stream().map(Segment::sessionId).distinct().sorted().forEach(sessionLock::lock);
        List<Segment> locked = inReview.stream().map(s -> segments.lock(s.id()))
                .filter(s -> s.state() == SegmentState.IN_REVIEW).toList();
        Map<Long, QaReport> reports = qa.ofAll(locked);
        Map<Long, String> holders = leases.holders(locked.stream().map(Segment::id).toList());
        List<Segment> approvable = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Segment segment : locked) {
            String reason = refusal(segment, rule, reports.get(segment.id()), holders.get(segment.id()), person);
            if (reason == null) {
                approvable.add(segment);
            } else {
                skipped.add(new Skipped(segment.id(), reason));
            }
        }
        decisions.approveAll(approvable, person, "bulk approval: " + rule.name().toLowerCase(Locale.ROOT));
        return new Result(approvable.size(), approvable.stream().map(Segment::id).toList(), skipped);
    }

    private String refusal(Segment segment, Rule rule, QaReport report, String holder, String person) {
        if (segment.target() == null || segment.target().isBlank()) {
            return "no translation yet";
        }
        if (report.blocking()) {
            return "blocking QA issues: " + String.join(", ", report.blockingIssues().stream()
                    .map(QaIssue::checkId).distinct().toList());
        }
        if (rule == Rule.TM_EXACT && !("tm".equals(segment.provenance().connector())
                && Integer.valueOf(100).equals(segment.provenance().score()))) {
            return "not an exact translation-memory match";
        }
        if (rule == Rule.NO_QA_WARNINGS && !report.issues().isEmpty()) {
            return "QA warnings: " + String.join(", ", report.issues().stream()
                    .map(QaIssue::checkId).distinct().toList());
        }
        if (holder != null && !holder.equals(person)) {
            return "claimed by " + holder;
        }
        if (decisions.isOwnWorkUnderFourEyes(segment, person)) {
            return "your own translation (four-eyes policy)";
        }
        return null;
    }
}
