package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static dev.passerelle.review.check.CheckAssertions.frEn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersCheckTest {

    private final NumbersCheck check = new NumbersCheck();

    @ParameterizedTest(name = "en \"{0}\" = fr \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "It takes 3.5 seconds.|Cela prend 3,5 secondes.",
            "1,000 people came.|1 000 personnes sont venues.",
            "1,000 people came.|1\u00A0000 personnes sont venues.",
            "1,000 people came.|1\u202F000 personnes sont venues.",
            "We start at 9:00.|Nous commençons à 9 h 00.",
            "We start at 9:00.|Nous commençons à 9h00.",
            "We start at 9 am.|Nous commençons à 9 h.",
            "Lunch at 12:30 pm.|Déjeuner à 12 h 30.",
            "The talk ends at 2:30 p.m.|La présentation finit à 14 h 30.",
            "Doors open at 14:00.|Ouverture des portes à 14:00.",
            "Java 21.0.2 is out.|Java 21.0.2 est sorti.",
            "12.5% faster, 2,500,000 rows|12,5 % plus rapide, 2 500 000 lignes",
            "Room 2 and room 10.|Salle 10 et salle 2.",
            "No numbers here.|Pas de nombres ici.",
            "Read <g1>chapter 3</g1>.|Lisez le <g1>chapitre 3</g1>.",
            "See https://example.org/2024/talk-7|Voir https://example.org/2024/talk-7",
            "The 1st and the 2nd.|Le 1er et le 2e.",
            "It costs 1.000 euros.|Cela coûte 1,000 euros.",
    })
    void acceptsTheSameNumbersWrittenTheFrenchWay(String english, String french) {
        assertThat(enFr(check, english, french)).isEmpty();
    }

    @ParameterizedTest(name = "en \"{0}\" ≠ fr \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "It takes 3.5 seconds.|Cela prend 3,6 secondes.",
            "1,000 people came.|1,000 personnes sont venues.",
            "We start at 9:00.|Nous commençons à 10 h 00.",
            "We start at 9:30.|Nous commençons à 9 h.",
            "Lunch at 12:30 pm.|Déjeuner à 0 h 30.",
            "Room 2 and room 10.|Salle 2.",
            "In 5 minutes.|Dans cinq minutes.",
            "Two speakers.|2 orateurs.",
            "Java 21.0.2 is out.|Java 21.0.3 est sorti.",
    })
    void flagsNumbersThatDiffer(String english, String french) {
        assertThat(enFr(check, english, french)).isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.checkId()).isEqualTo("numbers"));
    }

    @Test
    void readsFrenchSourcesTheFrenchWay() {
        assertThat(frEn(check, "Il reste 2,5 jours et 10 000 places.", "2.5 days and 10,000 seats remain.")).isEmpty();
        assertThat(frEn(check, "Rendez-vous à 18 h 30.", "See you at 6:30 pm.")).isEmpty();
        assertThat(frEn(check, "Rendez-vous à 18 h 30.", "See you at 6:30 am.")).hasSize(2);
    }

    @Test
    void namesWhatIsMissingAndWhatIsExtra() {
        assertThat(enFr(check, "Room 2.", "Salle 3.")).extracting(QaIssue::message).containsExactly(
                "Numbers or times of the source missing from the translation: 2",
                "Numbers or times not in the source: 3");
    }

    @Test
    void isBlockingByDefault() {
        assertThat(enFr(check, "Room 2.", "Salle 3.")).allSatisfy(issue ->
                assertThat(issue.severity()).isEqualTo(Severity.BLOCKING));
    }
}
