package dev.passerelle.review.xliff;

import dev.passerelle.event.Event;
import dev.passerelle.review.SegmentQa;
import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.review.check.Severity;
import dev.passerelle.segment.Segment;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The QA issues of each exported target, with the event's checks and severities (the same run the review workbench
 * shows), so the translator sees in the CAT tool what blocks approval. Spans are offsets in the target's plain text.
 */
@Component
class QaNotes implements SegmentNotes {

    static final String CATEGORY = "qa";
    // XLIFF priorities run from 1 (most important) to 10.
    private static final int BLOCKING_PRIORITY = 1;
    private static final int WARNING_PRIORITY = 5;

    private final SegmentQa qa;

    QaNotes(SegmentQa qa) {
        this.qa = qa;
    }

    @Override
    public Map<Long, List<SegmentNote>> notes(Event event, List<Segment> page) {
        Map<Long, List<SegmentNote>> notes = new HashMap<>();
        Map<Long, QaReport> reports = qa.ofAll(page);
        for (Segment segment : page) {
            List<QaIssue> issues = reports.get(segment.id()).issues();
            if (!issues.isEmpty()) {
                notes.put(segment.id(), issues.stream().map(issue -> note(issue, segment.target())).toList());
            }
        }
        return notes;
    }

    static SegmentNote note(QaIssue issue, String codedTarget) {
        String severity = issue.severity().name().toLowerCase(Locale.ROOT);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("check", issue.checkId());
        details.put("severity", severity);
        boolean blocking = issue.severity() == Severity.BLOCKING;
        StringBuilder text = new StringBuilder(blocking ? "QA, blocks approval" : "QA warning").append(" (")
                .append(issue.checkId()).append("): ").append(issue.message());
        if (issue.start() >= 0 && issue.end() >= issue.start() && issue.end() <= codedTarget.length()) {
            int start = InlineRun.plainOffset(codedTarget, issue.start());
            int end = InlineRun.plainOffset(codedTarget, issue.end());
            details.put("start", Integer.toString(start));
            details.put("end", Integer.toString(end));
            text.append(" [target ").append(start).append('–').append(end).append(']');
        }
        return new SegmentNote(CATEGORY, text.toString(), "target", blocking ? BLOCKING_PRIORITY : WARNING_PRIORITY,
                details);
    }
}
