package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsAndEmailsCheckTest {

    private final UrlsAndEmailsCheck check = new UrlsAndEmailsCheck();

    @ParameterizedTest(name = "\"{0}\" → \"{1}\": {2} issue(s)")
    @CsvSource(delimiter = '|', value = {
            "Slides at https://example.org/slides.|Diapositives sur https://example.org/slides.|0",
            "Slides at https://example.org/slides.|Diapositives sur https://example.org/diapos.|2",
            "Slides at https://example.org/slides.|Diapositives en ligne.|1",
            "Write to cfp@example.org!|Écrivez à cfp@example.org !|0",
            "Write to cfp@example.org!|Écrivez à appel@example.org !|2",
            "See www.example.org and http://a.example/b?c=1.|Voir http://a.example/b?c=1 et www.example.org.|0",
            "No link here.|Pas de lien ici.|0",
            "No link here.|Voir https://spam.example.|1",
            "Two links: https://a.example, https://a.example.|Un lien : https://a.example.|1",
    })
    void comparesUrlsAndEmailAddresses(String source, String target, int issues) {
        assertThat(enFr(check, source, target)).hasSize(issues);
    }
}
