package dev.passerelle.api;

import dev.passerelle.review.ReviewDecisions;
import dev.passerelle.review.SegmentQa;
import dev.passerelle.review.check.QaChecks;
import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.review.check.QaSetting;
import dev.passerelle.review.check.Severity;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** QA of a segment (stored target or a draft), its autofix, and each event's QA check toggles. */
@RestController
class QaController {

    private final SegmentRepository segments;
    private final SegmentQa qa;
    private final ReviewDecisions decisions;
    private final QaChecks checks;

    QaController(SegmentRepository segments, SegmentQa qa, ReviewDecisions decisions, QaChecks checks) {
        this.segments = segments;
        this.qa = qa;
        this.decisions = decisions;
        this.checks = checks;
    }

    @GetMapping("/api/segments/{id}/qa")
    QaReport stored(@PathVariable long id) {
        return qa.of(segments.get(id));
    }

    /** QA of a draft the editor has not saved, with the draft as autofix would leave it. Stores nothing. */
    @PostMapping("/api/segments/{id}/qa")
    DraftQa draft(@PathVariable long id, @RequestBody @Validated Draft request) {
        Segment segment = segments.get(id);
        QaReport report = qa.of(segment, request.target());
        return new DraftQa(report.status(), report.issues(), qa.autofixed(segment, request.target()));
    }

    @PostMapping("/api/segments/{id}/autofix")
    ResponseEntity<SegmentView> autofix(@PathVariable long id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                        Principal who) {
        Segment fixed = decisions.autofix(id, Versions.parse(ifMatch), who.getName());
        return ResponseEntity.ok().eTag(Long.toString(fixed.version())).body(SegmentView.of(fixed));
    }

    @GetMapping("/api/events/{event}/qa-checks")
    List<QaSetting> settings(@PathVariable String event) {
        return checks.settings(event);
    }

    @PutMapping("/api/events/{event}/qa-checks/{checkId}")
    QaSetting configure(@PathVariable String event, @PathVariable String checkId,
                        @RequestBody @Validated CheckSetting request) {
        return checks.configure(event, checkId, request.enabled(), request.severity());
    }

    record Draft(@NotNull String target) {
    }

    record DraftQa(String status, List<QaIssue> issues, String autofixed) {
    }

    /** {@code severity} null: the check's default. */
    record CheckSetting(@NotNull Boolean enabled, Severity severity) {
    }
}
