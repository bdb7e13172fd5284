package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameAsSourceCheckTest {

    private final SameAsSourceCheck check = new SameAsSourceCheck();

    @ParameterizedTest(name = "\"{0}\" → \"{1}\": {2} issue(s)")
    @CsvSource(delimiter = '|', value = {
            "A rollback takes a single command.|A rollback takes a single command.|1",
            "A rollback takes a single command.|Un retour arrière prend une commande.|0",
            "Welcome!| Welcome! |1",
            "2026|2026|0",
            "10:30 – 11:15|10:30 – 11:15|0",
            "<x1/>|<x1/>|0",
            "https://example.org/slides|https://example.org/slides|0",
            "cfp@example.org|cfp@example.org|0",
            "<g1>3.5</g1> (+20 %)|<g1>3.5</g1> (+20 %)|0",
    })
    void flagsACopiedSourceWithWordsToTranslate(String source, String target, int issues) {
        assertThat(enFr(check, source, target)).hasSize(issues);
    }

    @Test
    void acceptsDoNotTranslateContent() {
        var context = new QaContext("e", "en", "fr", "Kubernetes Operators", "Kubernetes Operators",
                Set.of("Kubernetes Operators"));
        assertThat(check.check(context)).isEmpty();
        var partly = new QaContext("e", "en", "fr", "Kubernetes in practice", "Kubernetes in practice",
                Set.of("Kubernetes"));
        assertThat(check.check(partly)).hasSize(1);
    }
}
