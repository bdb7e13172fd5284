package dev.passerelle.review.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.match.TermMatcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlossaryChecksTest {

    private static final TermMatcher MATCHER = TermMatcher.of(List.of(
            Concept.of("deployment", Term.preferred("en", "deployment"), Term.preferred("fr", "déploiement"),
                    Term.forbidden("fr", "déployement")),
            Concept.of("on-call", Term.preferred("en", "on-call"), Term.preferred("fr", "astreinte"),
                    Term.admitted("fr", "garde")),
            Concept.of("kubernetes", Term.preferred("en", "Kubernetes").withDoNotTranslate(true))));

    private final GlossaryReview glossary = new GlossaryReview(event -> MATCHER);
    private final GlossaryChecks config = new GlossaryChecks();
    private final QaCheck approved = config.glossaryApprovedTermCheck(glossary);
    private final QaCheck forbidden = config.glossaryForbiddenTermCheck(glossary);
    private final QaCheck doNotTranslate = config.glossaryDoNotTranslateCheck(glossary);
    private final QaChecks registry = new QaChecks(List.of(approved, forbidden, doNotTranslate,
            new SameAsSourceCheck()), null);

    private static QaContext context(String source, String target) {
        return new QaContext("devops", "en", "fr", source, target, Set.of());
    }

    @Test
    void missingApprovedTermIsAWarningWithoutFix() {
        List<QaIssue> issues = approved.check(context("The deployment failed", "Le lancement a échoué"));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.checkId()).isEqualTo("glossary-approved-term");
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.fixable()).isFalse();
            assertThat(issue.message()).contains("déploiement");
        });
        assertThat(approved.check(context("The deployment failed", "Le déploiement a échoué"))).isEmpty();
    }

    @Test
    void admittedSynonymIsFixedToThePreferredTerm() {
        String target = "Notre garde tourne";
        List<QaIssue> issues = approved.check(context("Our on-call rotates", target));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(target.substring(issue.start(), issue.end())).isEqualTo("garde");
            assertThat(issue.replacement()).isEqualTo("astreinte");
        });
        assertThat(registry.autofix(context("Our on-call rotates", target), Map.of()))
                .isEqualTo("Notre astreinte tourne");
    }

    @Test
    void forbiddenTermBlocksAndIsReplaced() {
        String target = "Le déployement a échoué";
        List<QaIssue> issues = forbidden.check(context("The deployment failed", target));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(target.substring(issue.start(), issue.end())).isEqualTo("déployement");
        });
        assertThat(registry.run(context("The deployment failed", target), Map.of()).issues())
                .extracting(QaIssue::checkId).contains("glossary-forbidden-term");
        assertThat(registry.autofix(context("The deployment failed", target), Map.of()))
                .isEqualTo("Le déploiement a échoué");
    }

    @Test
    void alteredDoNotTranslateTermBlocksAndIsRestored() {
        String target = "Déployer sur KUBERNETES";
        List<QaIssue> issues = doNotTranslate.check(context("Deploy on <g1>Kubernetes</g1>", target));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(issue.replacement()).isEqualTo("Kubernetes");
        });
        assertThat(registry.autofix(context("Deploy on <g1>Kubernetes</g1>", target), Map.of()))
                .isEqualTo("Déployer sur Kubernetes");
        assertThat(doNotTranslate.check(context("Deploy on Kubernetes", "Déployer sur Kubernetes"))).isEmpty();
    }

    @Test
    void droppedDoNotTranslateTermBlocksWithoutFix() {
        assertThat(doNotTranslate.check(context("Deploy on Kubernetes", "Déployer sur la plateforme")))
                .singleElement().satisfies(issue -> assertThat(issue.fixable()).isFalse());
    }

    @Test
    void doNotTranslateTermsLetASourceCopyPass() {
        Set<String> terms = glossary.termsIn("devops", "en", "Kubernetes");
        assertThat(terms).containsExactly("Kubernetes");

        QaContext copy = new QaContext("devops", "en", "fr", "Kubernetes", "Kubernetes", terms);
        assertThat(registry.run(copy, Map.of()).issues()).isEmpty();
        assertThat(registry.run(context("Kubernetes", "Kubernetes"), Map.of()).issues())
                .extracting(QaIssue::checkId).containsExactly("same-as-source");
    }
}
