package dev.passerelle.review.check;

import java.util.List;

/** The issues of one segment's target, and its QA status: {@code ok}, {@code warning} or {@code blocking}. */
public record QaReport(String status, List<QaIssue> issues) {

    public static final String OK = "ok";
    public static final String WARNING = "warning";
    public static final String BLOCKING = "blocking";

    public static QaReport of(List<QaIssue> issues) {
        boolean blocking = issues.stream().anyMatch(issue -> issue.severity() == Severity.BLOCKING);
        return new QaReport(blocking ? BLOCKING : issues.isEmpty() ? OK : WARNING, List.copyOf(issues));
    }

    public boolean blocking() {
        return BLOCKING.equals(status);
    }

    public List<QaIssue> blockingIssues() {
        return issues.stream().filter(issue -> issue.severity() == Severity.BLOCKING).toList();
    }
}
