package dev.passerelle.review;

import dev.passerelle.review.check.QaIssue;
import java.util.List;

/** An approval of a segment whose target has blocking QA issues. Answered as 422, listing them. */
public class QaBlockedException extends RuntimeException {

    private final transient List<QaIssue> issues;

    public QaBlockedException(long segmentId, List<QaIssue> issues) {
        super("Segment " + segmentId + " has blocking QA issues: fix them before approving");
        this.issues = List.copyOf(issues);
    }

    public List<QaIssue> issues() {
        return issues;
    }
}
