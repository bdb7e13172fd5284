package dev.passerelle.glossary.check;

import dev.passerelle.glossary.match.TermMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every terminology check on a translation against one glossary's matcher. Thread-safe; build it once per
 * glossary version.
 */
public final class TermChecks {

    private final TermMatcher matcher;
    private final List<TermCheck> checks;

    public TermChecks(TermMatcher matcher, List<TermCheck> checks) {
        this.matcher = matcher;
        this.checks = List.copyOf(checks);
    }

    /** The three glossary checks: approved term, forbidden term, do-not-translate. */
    public static TermChecks all(TermMatcher matcher) {
        return new TermChecks(matcher, List.of(new ApprovedTermCheck(), new ForbiddenTermCheck(),
                new DoNotTranslateCheck()));
    }

    public List<TermCheck> checks() {
        return checks;
    }

    public List<TermIssue> check(String source, String sourceLang, String target, String targetLang) {
        TranslationPair pair = TranslationPair.of(matcher, source, sourceLang, target, targetLang);
        List<TermIssue> issues = new ArrayList<>();
        for (TermCheck check : checks) {
            issues.addAll(check.check(pair));
        }
        return issues;
    }
}
