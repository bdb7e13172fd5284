package dev.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramLabelsTest {

    @Test
    void englishAndFrenchLabelsHaveTheSameKeys() {
        assertThat(ProgramLabels.load("fr").keySet()).isEqualTo(ProgramLabels.load("en").keySet());
    }

    @Test
    void everySessionKindAndLanguageHasALabel() {
        for (String lang : new String[] {"en", "fr"}) {
            for (var kind : dev.passerelle.intake.SessionKind.values()) {
                assertThat(ProgramLabels.load(lang)).containsKey("kind." + kind.id());
            }
            assertThat(ProgramLabels.load(lang)).containsKeys("translated.en", "translated.fr", "lang.en", "lang.fr");
        }
    }

    @Test
    void resultCountIsFormattedPerLanguage() {
        var labels = new ProgramLabels();
        assertThat(labels.format("fr", "search.results", 3)).isEqualTo("3 sessions trouvées");
        assertThat(labels.format("en", "search.results", 1200)).isEqualTo("1,200 sessions found");
    }
}
