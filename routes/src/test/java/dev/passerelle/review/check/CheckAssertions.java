package dev.passerelle.review.check;

import java.util.List;

/** Runs one check on an en→fr (or fr→en) pair, as the tables of the check tests read. */
final class CheckAssertions {

    private CheckAssertions() {
    }

    static List<QaIssue> enFr(QaCheck check, String source, String target) {
        return check.check(QaContext.of("en", "fr", source, target));
    }

    static List<QaIssue> frEn(QaCheck check, String source, String target) {
        return check.check(QaContext.of("fr", "en", source, target));
    }
}
