package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineCodesCheckTest {

    private final InlineCodesCheck check = new InlineCodesCheck();

    @ParameterizedTest(name = "\"{0}\" → \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "Press <x1/> now.|Appuyez sur <x1/> maintenant.|",
            "<g1>Bold</g1> and <g2>link</g2>|<g2>lien</g2> et <g1>gras</g1>|",
            "<g1>Bold <g2>link</g2></g1>|<g1>Lien <g2>gras</g2></g1>|",
            "Press <x1/> now.|Appuyez maintenant.|missing inline code <x1/>",
            "Press <x1/>.|Appuyez <x1/> <x1/>.|unexpected inline code <x1/>",
            "<g1>Bold</g1>|</g1>Gras<g1>|misplaced inline code </g1>",
            "<g1>a <g2>b</g2></g1>|<g1>a <g2>b</g1></g2>|misplaced inline code </g1>",
            "Text|Texte <x3/>|unexpected inline code <x3/>",
    })
    void flagsMissingDuplicatedAndMisnestedCodes(String source, String target, String problem) {
        if (problem == null) {
            assertThat(enFr(check, source, target)).isEmpty();
        } else {
            assertThat(enFr(check, source, target)).singleElement()
                    .satisfies(issue -> assertThat(issue.message()).isEqualTo(problem))
                    .satisfies(issue -> assertThat(issue.severity()).isEqualTo(Severity.BLOCKING));
        }
    }

    @Test
    void pointsAtTheOffendingCode() {
        QaIssue issue = enFr(check, "Press <x1/>.", "Appuyez <x1/> <x1/>.").getFirst();
        assertThat(issue.start()).isEqualTo(8);
        assertThat(issue.end()).isEqualTo(13);
    }
}
