package dev.passerelle.review.xliff;

import dev.passerelle.event.Events;
import dev.passerelle.intake.SessionLock;
import dev.passerelle.review.ReviewDecisions;
import dev.passerelle.review.ReviewPolicies;
import dev.passerelle.review.ReviewPolicy;
import dev.passerelle.review.SegmentQa;
import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.review.xliff.XliffImportReport.Outcome;
import dev.passerelle.review.xliff.XliffImportReport.UnitResult;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import dev.passerelle.segmentation.InlineCodeMismatchException;
import dev.passerelle.segmentation.InlineCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a translated review package back, in one transaction: units are matched to segments by id; a file for
 * another event or language, or whose sources no longer match the segments, is refused whole. A changed target
 * goes to review (or is approved when the file says final and the person may approve); a segment changed in the
 * app since the export is never overwritten: the file's translation is kept as a conflict instead. Every target of
 * the file goes through the event's QA checks, as in the review workbench: one with a blocking issue goes to review
 * even when the file says final; warnings are reported and do not hold it back.
 */
@Service
public class XliffImport {

    private static final Pattern UNIT_ID = Pattern.compile("s(\\d{1,18})");

    private final SegmentRepository segments;
    private final SessionLock sessionLock;
    private final ReviewDecisions decisions;
    private final XliffConflicts conflicts;
    private final SegmentQa qa;
    private final ReviewPolicies policies;
    private final Clock clock;

    XliffImport(SegmentRepository segments, SessionLock sessionLock, ReviewDecisions decisions,
                XliffConflicts conflicts, SegmentQa qa, ReviewPolicies policies, Clock clock) {
        this.segments = segments;
        this.sessionLock = sessionLock;
        this.decisions = decisions;
        this.conflicts = conflicts;
        this.qa = qa;
        this.policies = policies;
        this.clock = clock;
    }

    /** {@code lang} null: the file's target language. {@code mayApprove}: the person is a reviewer. */
    @Transactional
    public XliffImportReport importFile(String event, String lang, byte[] file, String person, boolean mayApprove) {
        XliffDocument document = XliffReader.read(file);
        String target = belongsTo(document, event, lang);
        Map<Long, XliffDocument.Unit> units = new LinkedHashMap<>();
        List<UnitResult> results = new ArrayList<>();
        for (XliffDocument.Unit unit : document.units()) {
            Matcher id = UNIT_ID.matcher(unit.id() == null ? "" : unit.id());
            if (!id.matches()) {
                results.add(new UnitResult(unit.id(), null, Outcome.ERROR, "not a unit we exported (ids are s<n>)"));
            } else if (units.putIfAbsent(Long.valueOf(id.group(1)), unit) != null) {
                results.add(new UnitResult(unit.id(), Long.valueOf(id.group(1)), Outcome.ERROR, "listed twice"));
            }
        }
        Map<Long, Segment> current = lock(event, units.keySet());
        List<UnitResult> changedSources = new ArrayList<>();
        for (var entry : units.entrySet()) {
            Segment segment = current.get(entry.getKey());
            if (segment != null && !sourceMatches(entry.getValue(), segment)) {
                changedSources.add(new UnitResult(entry.getValue().id(), segment.id(), Outcome.SOURCE_CHANGED,
                        "the source is now: " + segment.source()));
            }
        }
        if (!changedSources.isEmpty()) {
            throw new XliffRefusedException(changedSources.size() + " unit(s) have a source that no longer matches "
                    + "the segment (changed since export); export a fresh package", changedSources);
        }
        Map<Long, QaReport> qaReports = qaOfTargets(units, current);
        Instant now = clock.instant();
        var plan = new Plan(person, now);
        for (var entry : units.entrySet()) {
            results.add(decide(entry.getValue(), current.get(entry.getKey()), target, mayApprove, plan,
                    qaReports.get(entry.getKey())));
        }
        apply(plan);
        return XliffImportReport.of(document, event, target, results);
    }

    private static String belongsTo(XliffDocument document, String event, String lang) {
        if (document.event() == null) {
            throw new InvalidXliffException("the file was not exported by Passerelle (its file element has no "
                    + "psl:event)");
        }
        if (!document.event().equals(event)) {
            throw new InvalidXliffException("the file belongs to event '" + document.event() + "', not '" + event
                    + "'");
        }
        if (lang != null && !lang.equals(document.trgLang())) {
            throw new InvalidXliffException("the file translates into '" + document.trgLang() + "', not '" + lang
                    + "'");
        }
        if (!Events.LANGUAGES.contains(document.trgLang())) {
            throw new InvalidXliffException("target language '" + document.trgLang() + "' is not one of "
                    + Events.LANGUAGES);
        }
        return document.trgLang();
    }

    /** Locks the sessions first, then the segments, in the order approvals lock them. */
    private Map<Long, Segment> lock(String event, java.util.Set<Long> ids) {
        List<Segment> found = segments.ofEvent(event, ids);
        new TreeSet<>(found.stream().map(Segment::sessionId).toList()).forEach(sessionLock::lock);
        return segments.lockAll(found.stream().map(Segment::id).toList()).stream()
                .collect(Collectors.toMap(Segment::id, Function.identity()));
    }

    private static boolean sourceMatches(XliffDocument.Unit unit, Segment segment) {
        try {
            return InlineRun.toLetterCoded(unit.source()).equals(segment.source());
        } catch (InvalidXliffException e) {
            return false;
        }
    }

    /** QA of every readable target of the file, all in one run (the event's settings are read once). */
    private Map<Long, QaReport> qaOfTargets(Map<Long, XliffDocument.Unit> units, Map<Long, Segment> current) {
        List<Segment> drafts = new ArrayList<>();
        for (var entry : units.entrySet()) {
            Segment segment = current.get(entry.getKey());
            List<InlineRun> runs = entry.getValue().target();
            if (segment == null || runs == null || InlineRun.plain(runs).isBlank()) {
                continue;
            }
            try {
                drafts.add(withTarget(segment, InlineRun.toLetterCoded(runs)));
            } catch (InvalidXliffException e) {
                // Reported as the unit's error by decide().
            }
        }
        return qa.ofAll(drafts);
    }

    private static Segment withTarget(Segment segment, String target) {
        return new Segment(segment.id(), segment.sessionId(), segment.field(), segment.index(), segment.sourceLang(),
                segment.targetLang(), segment.source(), target, segment.state(), segment.provenance(),
                segment.rejectReason(), segment.failure(), segment.version(), segment.updatedAt());
    }

    private UnitResult decide(XliffDocument.Unit unit, Segment segment, String lang, boolean mayApprove, Plan plan,
                              QaReport report) {
        if (segment == null) {
            return new UnitResult(unit.id(), null, Outcome.ERROR, "no such segment in this event (deleted since "
                    + "export?)");
        }
        if (!segment.targetLang().equals(lang)) {
            return new UnitResult(unit.id(), segment.id(), Outcome.ERROR, "the segment translates into "
                    + segment.targetLang());
        }
        List<InlineRun> runs = unit.target();
        if (runs == null || InlineRun.plain(runs).isBlank()) {
            return new UnitResult(unit.id(), segment.id(), Outcome.SKIPPED, "no translation");
        }
        String target;
        try {
            target = InlineRun.toLetterCoded(runs);
        } catch (InvalidXliffException e) {
            return new UnitResult(unit.id(), segment.id(), Outcome.ERROR, e.getMessage());
        }
        try {
            // As in the workbench, a translation with broken inline codes is never stored: it could not be published.
            InlineCodes.check(segment.index(), segment.source(), target);
        } catch (InlineCodeMismatchException e) {
            return new UnitResult(unit.id(), segment.id(), Outcome.ERROR, e.getMessage(), report);
        }
        boolean approve = XliffStates.approves(unit.state());
        // Under four eyes the importer may not approve a translation of their own: one the file changes, or the
        // segment's current one when they made it.
        boolean ownWork = !target.equals(segment.target()) || plan.person.equals(segment.provenance().person());
        boolean fourEyes = ownWork
                && policies.forSession(segment.sessionId(), segment.targetLang()) == ReviewPolicy.FOUR_EYES;
        String notApproved = approve ? approvalRefusal(mayApprove, fourEyes, report) : null;
        boolean approves = approve && notApproved == null;
        if (target.equals(segment.target())) {
            if (approves && segment.state() != SegmentState.APPROVED) {
                plan.approve(segment, target);
                return new UnitResult(unit.id(), segment.id(), Outcome.APPROVED, null, report);
            }
            return new UnitResult(unit.id(), segment.id(), Outcome.UNCHANGED, notApproved, report);
        }
        if (unit.exportedVersion() == null || unit.exportedVersion() != segment.version()) {
            conflicts.record(segment.id(), unit.exportedVersion() == null ? 0 : unit.exportedVersion(),
                    segment.version(), segment.target(), target, unit.state(), plan.person, plan.now);
            return new UnitResult(unit.id(), segment.id(), Outcome.CONFLICT, "changed in Passerelle since the export "
                    + "(version " + unit.exportedVersion() + " → " + segment.version() + "); kept as a conflict",
                    report);
        }
        if (approves) {
            plan.approve(segment, target);
            return new UnitResult(unit.id(), segment.id(), Outcome.APPROVED, null, report);
        }
        plan.edit(segment, target);
        return new UnitResult(unit.id(), segment.id(), Outcome.TRANSLATED, notApproved, report);
    }

    /** Why a unit the file says is final stays in review; null when it may be approved. */
    private static String approvalRefusal(boolean mayApprove, boolean ownWorkUnderFourEyes, QaReport report) {
        if (!mayApprove) {
            return "not approved: approval needs the reviewer role";
        }
        if (ownWorkUnderFourEyes) {
            return "not approved: four eyes: another reviewer approves your own translation";
        }
        if (report.blocking()) {
            return "not approved: blocking QA issues: " + String.join(", ",
                    report.blockingIssues().stream().map(QaIssue::checkId).distinct().toList());
        }
        return null;
    }

    private void apply(Plan plan) {
        segments.transitionAll(plan.edited, plan.edits, plan.now);
        if (!plan.approved.isEmpty()) {
            // Every approved segment translates into the file's language: decide() reports the others as errors.
            decisions.approveAll(segments.lockAll(plan.approved), plan.person, "approved in XLIFF", plan.now);
        }
    }

    /** The writes an import makes: edits to review (approvals go through review first), then approvals. */
    private static final class Plan {

        final String person;
        final Instant now;
        final List<Segment> edited = new ArrayList<>();
        final List<SegmentRepository.Change> edits = new ArrayList<>();
        final List<Long> approved = new ArrayList<>();

        Plan(String person, Instant now) {
            this.person = person;
            this.now = now;
        }

        void edit(Segment segment, String target) {
            edited.add(segment);
            edits.add(new SegmentRepository.Change(segment.state().afterEdit(), target,
                    new Segment.Provenance(null, null, person, 0), null, person, "translated in XLIFF"));
        }

        void approve(Segment segment, String target) {
            if (segment.state() != SegmentState.IN_REVIEW || !target.equals(segment.target())) {
                edit(segment, target);
            }
            approved.add(segment.id());
        }
    }
}
