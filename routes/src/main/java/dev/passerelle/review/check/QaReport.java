package dev.passerelle.review.check;

import java.util.List;

/** The issues of one segment's target, and its QA status: {@code ok}, {@code warning} or {@code blocking}. */
public record QaReport(List<QaIssue> issues) {

    public static final String OK = "ok";
    public static final String WARNING = "warning";
    public static final String BLOCKING = "blocking";

    public boolean blocking() {
        return issues.stream().anyMatch(issue -> issue.severity() == Severity.BLOCKING);
    }

    public String status() {
        return blocking() ? BLOCKING : issues.isEmpty() ? OK : WARNING;
    }

    public List<QaIssue> blockingIssues() {
        return issues.stream().filter(issue -> issue.severity() == Severity.BLOCKING).toList();
    }
}
