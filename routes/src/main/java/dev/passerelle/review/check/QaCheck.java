package dev.passerelle.review.check;

import java.util.List;

/**
 * One quality check on a translated segment (a Spring bean; {@link QaChecks} collects them all). An issue that
 * carries a replacement is fixable: {@link QaChecks#autofix} applies the replacements of every enabled check.
 */
public interface QaCheck {

    /** Stable kebab-case id, stored in per-event settings and shown to users, e.g. {@code fr-typography}. */
    String id();

    Severity defaultSeverity();

    /** The problems of the context's target, with {@link #defaultSeverity()}; empty when it passes. */
    List<QaIssue> check(QaContext context);
}
