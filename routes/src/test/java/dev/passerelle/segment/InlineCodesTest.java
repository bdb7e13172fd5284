package dev.passerelle.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineCodesTest {

    @Test
    void findsPairedAndIsolatedCodes() {
        assertThat(InlineCodes.of("Use <g1>kubectl</g1> with <x2/> and <b3/>x<e3/>."))
                .containsExactly("<g1>", "</g1>", "<x2/>", "<b3/>", "<e3/>");
    }

    @Test
    void acceptsReorderedCodes() {
        assertThat(InlineCodes.problems("<g1>Fast</g1> builds <x2/>.", "Des builds <x2/> <g1>rapides</g1>."))
                .isEmpty();
    }

    @Test
    void reportsMissingAndUnexpectedCodes() {
        assertThat(InlineCodes.problems("<g1>Fast</g1> builds.", "Des builds rapides <x3/>."))
                .containsExactly("missing inline code <g1>", "missing inline code </g1>",
                        "unexpected inline code <x3/>");
    }

    @Test
    void reportsACodeClosedBeforeItOpens() {
        assertThat(InlineCodes.problems("<g1>Fast</g1> builds.", "</g1>Rapides<g1> builds."))
                .containsExactly("inline code </g1> closes before it opens");
    }

    @Test
    void reportsADuplicatedCode() {
        assertThat(InlineCodes.problems("See <x1/>.", "Voir <x1/> <x1/>."))
                .containsExactly("unexpected inline code <x1/>");
    }
}
