package dev.passerelle.glossary.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.match.TermMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermChecksTest {

    private final TermChecks checks = TermChecks.all(TermMatcher.of(List.of(
            Concept.of("cd", Term.preferred("en", "continuous delivery"), Term.preferred("fr", "livraison continue"),
                    Term.admitted("fr", "distribution continue"), Term.forbidden("fr", "délivrance continue")),
            Concept.of("on-call", Term.preferred("en", "on-call"), Term.preferred("fr", "astreinte"),
                    Term.forbidden("fr", "garde")),
            Concept.of("k8s", Term.preferred("en", "Kubernetes").withDoNotTranslate(true),
                    Term.preferred("fr", "Kubernetes").withDoNotTranslate(true)))));

    private List<String> ids(String source, String target) {
        return checks.check(source, "en", target, "fr").stream()
                .map(i -> i.checkId() + ":" + i.severity()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Continuous delivery for all   | La livraison continue pour tous      | -
            Continuous delivery for all   | Les livraisons continues pour tous   | -
            Continuous delivery for all   | La distribution continue pour tous   | glossary-approved-term:WARNING
            Continuous delivery for all   | La mise en production pour tous      | glossary-approved-term:WARNING
            Who is on-call?               | Qui est d'astreinte ?                | -
            Who is on-call?               | Qui est de garde ?                   | glossary-approved-term:WARNING,glossary-forbidden-term:BLOCKING
            Running Kubernetes            | Faire tourner Kubernetes             | -
            Running Kubernetes            | Faire tourner kubernetes             | glossary-do-not-translate:BLOCKING
            Running Kubernetes            | Faire tourner K8s                    | glossary-do-not-translate:BLOCKING
            A talk                        | Une garde                            | glossary-forbidden-term:BLOCKING
            """)
    void flagsTerminologyIssues(String source, String target, String expected) {
        assertThat(ids(source, target)).containsExactly(expected == null ? new String[0] : expected.split(","));
    }

    @Test
    void forbiddenTermPointsAtTheTargetAndSuggestsThePreferredTerm() {
        String target = "La délivrance continue";
        TermIssue issue = checks.check("Continuous delivery", "en", target, "fr").stream()
                .filter(i -> i.checkId().equals(ForbiddenTermCheck.ID)).findFirst().orElseThrow();
        assertThat(target.substring(issue.target().start(), issue.target().end())).isEqualTo("délivrance continue");
        assertThat(issue.suggestion()).isEqualTo("livraison continue");
    }

    @Test
    void missingTermPointsAtTheSourceTerm() {
        String source = "We do continuous delivery";
        TermIssue issue = checks.check(source, "en", "Nous livrons", "fr").getFirst();
        assertThat(source.substring(issue.source().start(), issue.source().end())).isEqualTo("continuous delivery");
        assertThat(issue.target()).isNull();
        assertThat(issue.params()).containsExactly("continuous delivery", "livraison continue");
    }

    @Test
    void alteredDoNotTranslateTermPointsAtTheAlteredSpelling() {
        String target = "Déployer sur kubernetes";
        TermIssue issue = checks.check("Deploy on Kubernetes", "en", target, "fr").getFirst();
        assertThat(target.substring(issue.target().start(), issue.target().end())).isEqualTo("kubernetes");
        assertThat(issue.suggestion()).isEqualTo("Kubernetes");
    }

    @Test
    void emptyTranslationOnlyReportsMissingTerms() {
        assertThat(ids("continuous delivery", "")).containsExactly("glossary-approved-term:WARNING");
    }
}
