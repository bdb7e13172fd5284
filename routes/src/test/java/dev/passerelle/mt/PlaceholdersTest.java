package dev.passerelle.mt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.mt.Placeholders.Encoded;
import dev.passerelle.mt.Placeholders.Style;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Nested
    class Xml {

        @Test
        void encodesCodesAsElementsAndEscapesText() {
            Encoded encoded = Placeholders.encode("Use <g1>a < b</g1> & <x2/><b3/>", List.of(), Style.XML);

            assertThat(encoded.text()).isEqualTo("Use <g id=\"g1\">a &lt; b</g> &amp; <x id=\"x2\"/><x id=\"b3\"/>");
        }

        @Test
        void decodesMovedAndNestedCodes() {
            Encoded sent = Placeholders.encode("<g1>A <g2>B</g2></g1><x3/>", List.of(), Style.XML);

            assertThat(Placeholders.decode("<x id=\"x3\"/><g id=\"g1\">b <g id=\"g2\">a</g></g>", sent))
                    .contains("<x3/><g1>b <g2>a</g2></g1>");
        }

        @Test
        void refusesUnbalancedUnknownOrForeignMarkup() {
            Encoded sent = Placeholders.encode("<g1>A</g1>", List.of(), Style.XML);

            assertThat(Placeholders.decode("<g id=\"g1\">a", sent)).isEmpty();
            assertThat(Placeholders.decode("a</g>", sent)).isEmpty();
            assertThat(Placeholders.decode("<b>a</b>", sent)).isEmpty();
        }

        @Test
        void protectsWholeWordTermsAndRestoresThemWhateverCameBack() {
            Encoded sent = Placeholders.encode("Camel and Cameleon on Camel", List.of("Camel"), Style.XML);

            assertThat(sent.text()).isEqualTo("<keep id=\"t1\">Camel</keep> and Cameleon on <keep id=\"t2\">Camel</keep>");
            assertThat(Placeholders.decode("<keep id=\"t1\">Chameau</keep> et Caméléon sur <keep id=\"t2\">Camel</keep>",
                    sent)).contains("Camel et Caméléon sur Camel");
            assertThat(Placeholders.keepsProtectedTerms("<keep id=\"t1\">Camel</keep> et Caméléon", sent)).isFalse();
        }
    }

    @Nested
    class Html {

        @Test
        void isolatedCodesAreEmptySpansAndEntitiesAreUnescaped() {
            Encoded sent = Placeholders.encode("It's <g1>fast</g1><x2/>", List.of("fast"), Style.HTML);

            assertThat(sent.text()).isEqualTo(
                    "It's <span id=\"g1\"><span translate=\"no\" id=\"t1\">fast</span></span><span id=\"x2\"></span>");
            assertThat(Placeholders.decode("C&#39;est <span id=\"g1\"><span translate=\"no\" id=\"t1\">fast</span>"
                    + "</span>&nbsp;!<span id=\"x2\"></span>", sent)).contains("C'est <g1>fast</g1>\u00A0!<x2/>");
        }
    }
}
