package dev.passerelle.glossary.check;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import dev.passerelle.glossary.match.TermHit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A glossary term in the source should be rendered by the concept's approved target term. Both findings are
 * warnings: a translation may rightly paraphrase, and a verb can look like a noun term ("we talk"), so only the
 * reviewer can tell; the missing term and an admitted synonym used instead of the preferred one are reported.
 */
public final class ApprovedTermCheck implements TermCheck {

    public static final String ID = "glossary-approved-term";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<TermIssue> check(TranslationPair pair) {
        List<TermIssue> issues = new ArrayList<>();
        Set<Concept> seen = new HashSet<>();
        for (TermHit hit : pair.sourceHits()) {
            Concept concept = hit.concept();
            if (hit.term().doNotTranslate() || !hit.term().status().approved() || !seen.add(concept)) {
                continue;
            }
            Optional<Term> preferred = concept.preferred(pair.targetLang());
            if (preferred.isEmpty()) {
                continue; // no agreed translation yet: nothing to enforce
            }
            String expected = preferred.get().text();
            List<TermHit> rendered = pair.targetHits().stream()
                    .filter(t -> t.concept() == concept && t.term().status().approved()).toList();
            if (rendered.isEmpty()) {
                issues.add(new TermIssue(ID, Severity.WARNING, TranslationPair.span(hit), null,
                        "glossary.approved-term.missing", List.of(hit.matchedText(), expected),
                        "\"" + hit.matchedText() + "\" must be translated as \"" + expected + "\"", expected));
            } else if (preferred.get().status() == TermStatus.PREFERRED
                    && rendered.stream().allMatch(t -> t.term().status() == TermStatus.ADMITTED)) {
                TermHit synonym = rendered.getFirst();
                issues.add(new TermIssue(ID, Severity.WARNING, TranslationPair.span(hit), TranslationPair.span(synonym),
                        "glossary.approved-term.synonym", List.of(synonym.matchedText(), expected),
                        "\"" + synonym.matchedText() + "\" is admitted, but \"" + expected + "\" is preferred",
                        expected));
            }
        }
        return issues;
    }
}
