package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static dev.passerelle.review.check.CheckAssertions.frEn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BracketsAndQuotesCheckTest {

    private final BracketsAndQuotesCheck check = new BracketsAndQuotesCheck();

    @ParameterizedTest(name = "\"{0}\" → \"{1}\": {2} issue(s)")
    @CsvSource(delimiter = '|', value = {
            "A talk (in English).|Une présentation (en anglais).|0",
            "A talk (in English).|Une présentation (en anglais.|1",
            "A talk (in English).|Une présentation )en anglais(.|1",
            "Lists [a, b] and maps {k: v}.|Listes [a, b] et tables {k : v}.|0",
            "The “twelve factors”.|Les « douze facteurs ».|0",
            "The “twelve factors”.|Les « douze facteurs.|1",
            "The \"twelve factors\".|Les « douze facteurs ».|0",
            "The \"twelve factors\".|Les \"douze facteurs.|1",
            "He said: “we ship|Il a dit : « on livre|0",
            "(see below)|voir plus bas)|1",
    })
    void pairsBracketsAndQuotesAsTheSourceDoes(String source, String target, int issues) {
        assertThat(enFr(check, source, target)).hasSize(issues);
    }

    @Test
    void readsGermanStyleLowQuotes() {
        assertThat(frEn(check, "Le „bon“ choix", "The “right” choice")).isEmpty();
    }

    @Test
    void ignoresBracketsInsideUrls() {
        assertThat(enFr(check, "See https://en.example.org/wiki/Foo_(bar) now",
                "Voir https://en.example.org/wiki/Foo_(bar) maintenant")).isEmpty();
    }
}
