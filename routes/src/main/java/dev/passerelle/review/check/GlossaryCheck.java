package dev.passerelle.review.check;

import dev.passerelle.glossary.check.TermCheck;
import dev.passerelle.glossary.check.TermIssue;
import java.util.List;

/**
 * One terminology check of the glossary module in the QA registry. A problem at a place in the target with a
 * suggested term (a forbidden term, an admitted synonym, an altered do-not-translate term) is fixable: the
 * suggestion replaces it; a missing term is not, since only the translator knows where it belongs.
 */
final class GlossaryCheck implements QaCheck {

    private final TermCheck check;
    private final Severity severity;
    private final GlossaryReview glossary;

    GlossaryCheck(TermCheck check, Severity severity, GlossaryReview glossary) {
        this.check = check;
        this.severity = severity;
        this.glossary = glossary;
    }

    @Override
    public String id() {
        return check.id();
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        return check.check(glossary.pair(context)).stream().map(this::issue).toList();
    }

    private QaIssue issue(TermIssue found) {
        if (found.target() == null) {
            return QaIssue.of(this, found.message());
        }
        return QaIssue.at(this, found.message(), found.target().start(), found.target().end(), found.suggestion());
    }
}
