package dev.passerelle.segmentation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InlineCodesTest {

    @Test
    void acceptsTheSameCodesInAnotherOrder() {
        assertThatCode(() -> InlineCodes.check(0, "<x1/> and <g2>b</g2> <b3/>", "<b3/><g2>b</g2> et <x1/>"))
                .doesNotThrowAnyException();
    }

    @Test
    void readsEscapedLookAlikesAsText() {
        assertThatCode(() -> InlineCodes.check(0, "Tag <gg1> is text", "La balise <gg1> est du texte"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesADuplicatedCode() {
        assertThatThrownBy(() -> InlineCodes.check(4, "Press <x1/>.", "Appuyez <x1/> <x1/>."))
                .isInstanceOf(InlineCodeMismatchException.class)
                .hasMessage("Segment 4: unexpected inline code <x1/>");
    }

    @Test
    void refusesAClosingCodeBeforeItsOpening() {
        assertThatThrownBy(() -> InlineCodes.check(2, "<g1>Fast</g1> builds", "</g1>Rapides<g1> builds"))
                .isInstanceOf(InlineCodeMismatchException.class)
                .hasMessage("Segment 2: misplaced inline code </g1>");
    }
}
