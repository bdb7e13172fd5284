package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static dev.passerelle.review.check.CheckAssertions.frEn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LengthRatioCheckTest {

    private final LengthRatioCheck check = new LengthRatioCheck(0.5, 2.0, 20);

    @ParameterizedTest(name = "\"{0}\" → \"{1}\": {2} issue(s)")
    @CsvSource(delimiter = '|', value = {
            "We automate every deployment of our servers.|Nous automatisons chaque déploiement de nos serveurs.|0",
            "We automate every deployment of our servers.|Nous automatisons.|1",
            "We automate every deployment.|Nous automatisons chaque déploiement de nos serveurs, de nos bases et de nos réseaux, tous les jours.|1",
            "Yes|Oui, absolument, sans aucun doute|0",
            "A rollback takes a single command.||0",
    })
    void flagsTranslationsFarShorterOrLongerThanTheSource(String source, String target, int issues) {
        assertThat(enFr(check, source, target)).hasSize(issues);
    }

    @Test
    void usesTheConfiguredRange() {
        var strict = new LengthRatioCheck(0.9, 1.1, 10);
        assertThat(frEn(strict, "Il est trois heures du matin.", "It is three in the morning.")).isEmpty();
        assertThat(frEn(strict, "Mon téléphone sonne pour l'astreinte.", "My phone rings.")).hasSize(1);
    }
}
