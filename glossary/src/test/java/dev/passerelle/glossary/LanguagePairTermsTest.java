package dev.passerelle.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagePairTermsTest {

    private final List<Concept> concepts = List.of(
            Concept.of("cd", Term.preferred("en", "continuous delivery"), Term.admitted("en", "CD"),
                    Term.forbidden("en", "continuous shipping"), Term.admitted("fr", "distribution continue"),
                    Term.preferred("fr", "livraison continue")),
            Concept.of("k8s", Term.preferred("en", "Kubernetes").withDoNotTranslate(true)),
            Concept.of("venue", Term.preferred("en", "venue")));

    @Test
    void mapsApprovedSourceTermsToThePreferredTargetTerm() {
        LanguagePairTerms terms = LanguagePairTerms.of(concepts, "en", "fr");
        assertThat(terms.asMap()).containsExactly(
                java.util.Map.entry("CD", "livraison continue"),
                java.util.Map.entry("continuous delivery", "livraison continue"),
                java.util.Map.entry("Kubernetes", "Kubernetes"));
        assertThat(terms.doNotTranslate()).containsExactly("Kubernetes");
    }

    @Test
    void checksumIsStableAndFollowsContent() {
        String checksum = LanguagePairTerms.of(concepts, "en", "fr").checksum();
        assertThat(LanguagePairTerms.of(concepts.reversed(), "EN", "fr").checksum()).isEqualTo(checksum).hasSize(64);
        List<Concept> changed = List.of(concepts.get(0),
                Concept.of("k8s", Term.preferred("en", "Kubernetes").withDoNotTranslate(true)),
                Concept.of("venue", Term.preferred("en", "venue"), Term.preferred("fr", "lieu")));
        assertThat(LanguagePairTerms.of(changed, "en", "fr").checksum()).isNotEqualTo(checksum);
        assertThat(LanguagePairTerms.of(concepts, "fr", "en").checksum()).isNotEqualTo(checksum);
    }
}
