package dev.passerelle.glossary.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.LanguagePairTerms;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import dev.passerelle.glossary.check.TermChecks;
import dev.passerelle.glossary.match.TermMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedGlossaryTest {

    private final List<Concept> concepts = SeedGlossary.concepts();
    private final TermMatcher matcher = TermMatcher.of(concepts);

    @Test
    void hasAtLeastEightyBilingualConcepts() {
        assertThat(concepts).hasSizeGreaterThanOrEqualTo(80);
        assertThat(concepts).allSatisfy(c -> {
            assertThat(c.preferred("en")).as(c.id()).isPresent();
            assertThat(c.preferred("fr")).as(c.id()).isPresent();
        });
        assertThat(concepts.stream().flatMap(c -> c.terms().stream()).filter(Term::doNotTranslate)).hasSizeGreaterThan(10);
        assertThat(concepts.stream().flatMap(c -> c.terms().stream()).filter(t -> t.status() == TermStatus.FORBIDDEN))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void recognisesTheIssuesExamples() {
        assertThat(matcher.expand("l'astreinte du week-end", "fr")).containsExactly("on-call");
        assertThat(matcher.find("Continuous Delivery with Kubernetes, then a keynote", "en"))
                .extracting(h -> h.concept().id()).containsExactly("continuous-delivery", "kubernetes", "keynote");
        assertThat(matcher.find("Les post-mortems sans reproche et les indicateurs clés", "fr"))
                .extracting(h -> h.concept().id()).containsExactly("blameless", "key-metrics");
    }

    @Test
    void checksAConferenceTranslation() {
        TermChecks checks = TermChecks.all(matcher);
        assertThat(checks.check("Our on-call rotation on Kubernetes", "en",
                "Notre rotation de garde sur kubernetes", "fr"))
                .extracting(i -> i.checkId() + ":" + i.severity())
                .contains("glossary-forbidden-term:BLOCKING", "glossary-do-not-translate:BLOCKING");
    }

    @Test
    void feedsDeeplAGlossaryWithOneEntryPerSourceTerm() {
        LanguagePairTerms terms = LanguagePairTerms.of(concepts, "en", "fr");
        assertThat(terms.asMap()).containsEntry("continuous delivery", "livraison continue")
                .containsEntry("on-call", "astreinte").containsEntry("Kubernetes", "Kubernetes");
        assertThat(terms.doNotTranslate()).contains("Kubernetes", "DevOps");
    }
}
