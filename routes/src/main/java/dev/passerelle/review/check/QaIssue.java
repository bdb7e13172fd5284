package dev.passerelle.review.check;

/**
 * One problem found by a check. {@code start}/{@code end} are offsets in the target (both -1 when the problem is
 * not at one place); a non-null {@code replacement} for that range is the autofix. {@code message} is English;
 * UIs translate by {@code checkId} (message key {@code qa.<checkId>}).
 */
public record QaIssue(String checkId, Severity severity, String message, int start, int end, String replacement) {

    public static QaIssue of(QaCheck check, String message) {
        return new QaIssue(check.id(), check.defaultSeverity(), message, -1, -1, null);
    }

    public static QaIssue at(QaCheck check, String message, int start, int end, String replacement) {
        return new QaIssue(check.id(), check.defaultSeverity(), message, start, end, replacement);
    }

    public boolean fixable() {
        return replacement != null && start >= 0;
    }

    QaIssue withSeverity(Severity override) {
        return new QaIssue(checkId, override, message, start, end, replacement);
    }
}
