package dev.passerelle.glossary.check;

import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.match.TermHit;
import java.util.ArrayList;
import java.util.List;

/** A forbidden (deprecated) term in the translation blocks it; the fix is the concept's preferred term. */
public final class ForbiddenTermCheck implements TermCheck {

    public static final String ID = "glossary-forbidden-term";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<TermIssue> check(TranslationPair pair) {
        List<TermIssue> issues = new ArrayList<>();
        for (TermHit hit : pair.targetHits()) {
            if (hit.term().status().approved()) {
                continue;
            }
            String suggestion = hit.concept().preferred(pair.targetLang()).map(Term::text).orElse(null);
            issues.add(new TermIssue(ID, Severity.BLOCKING, null, TranslationPair.span(hit),
                    "glossary.forbidden-term", suggestion == null ? List.of(hit.matchedText()) : List.of(hit.matchedText(), suggestion),
                    "\"" + hit.matchedText() + "\" is a forbidden term"
                            + (suggestion == null ? "" : "; use \"" + suggestion + "\""), suggestion));
        }
        return issues;
    }
}
