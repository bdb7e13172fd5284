package dev.passerelle.intake.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramLanguageTest {

    private static final String FRENCH = "Déployer le vendredi. On nous répète qu'il ne faut jamais déployer le "
            + "vendredi. Et si c'était une question de confiance dans nos outils et dans nos équipes ?";
    private static final String ENGLISH = "Observability without the bill. Tracing every request is expensive; we "
            + "show how sampling keeps the signal while the storage bill stays small.";

    private final ProgramLanguage language = new ProgramLanguage();

    @Test
    void declaredLanguageDecidesInAnySpelling() {
        assertThat(language.resolve("fr", "T", ENGLISH.substring(0, 10)).lang()).isEqualTo("fr");
        assertThat(language.resolve("French", "Déployer", FRENCH)).isEqualTo(new ProgramLanguage.Resolved("fr", null));
        assertThat(language.resolve("en-GB", "Obs", ENGLISH).lang()).isEqualTo("en");
        assertThat(language.resolve("bilingue", "Obs", ENGLISH)).isEqualTo(
                new ProgramLanguage.Resolved("mixed", null));
    }

    @Test
    void missingLanguageIsDetectedAndFlagged() {
        var resolved = language.resolve(null, "Déployer le vendredi", FRENCH);
        assertThat(resolved.lang()).isEqualTo("fr");
        assertThat(resolved.flag()).isEqualTo("no language declared; detected fr");
    }

    @Test
    void otherLanguagesAreFlaggedAndUndetectableTextIsSegmentedAsMixed() {
        var english = language.resolve("de", "Observability", ENGLISH);
        assertThat(english.lang()).isEqualTo("en");
        assertThat(english.flag()).startsWith("declared language 'de' is neither English nor French");
        assertThat(language.resolve("", "Hi", "Ok.")).isEqualTo(new ProgramLanguage.Resolved("mixed",
                "no language declared; not detectable, segmented as mixed"));
    }

    @Test
    void declaredLanguageContradictedByTheTextIsKeptButFlagged() {
        assertThat(language.resolve("en", "Déployer le vendredi", FRENCH))
                .isEqualTo(new ProgramLanguage.Resolved("en", "declared en but the text reads as fr"));
    }
}
