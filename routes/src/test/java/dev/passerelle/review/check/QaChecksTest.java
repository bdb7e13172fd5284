package dev.passerelle.review.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QaChecksTest {

    private final QaChecks registry = new QaChecks(List.of(new NumbersCheck(), new FrenchTypographyCheck(),
            new DoubledSpaceCheck(), new ExplodingCheck()), null);

    private final QaContext context = QaContext.of("en", "fr", "Room 2, why?", "Salle 3,  pourquoi ?");

    @Test
    void runsEveryCheckWithItsDefaultSeverity() {
        QaReport report = registry.run(context, Map.of());
        assertThat(report.issues()).extracting(QaIssue::checkId)
                .containsExactlyInAnyOrder("numbers", "numbers", "fr-typography", "doubled-space",
                        QaChecks.CHECK_FAILED);
        assertThat(report.status()).isEqualTo(QaReport.BLOCKING);
    }

    @Test
    void appliesTheEventsTogglesAndSeverities() {
        QaReport report = registry.run(context, Map.of(
                "numbers", new QaSetting("numbers", true, Severity.WARNING),
                "fr-typography", new QaSetting("fr-typography", false, null),
                "explodes", new QaSetting("explodes", false, null)));
        assertThat(report.issues()).extracting(QaIssue::checkId).containsExactly("doubled-space", "numbers", "numbers");
        assertThat(report.blocking()).isFalse();
        assertThat(report.status()).isEqualTo(QaReport.WARNING);
    }

    @Test
    void aFailingCheckIsAWarningNotAnError() {
        QaReport report = registry.run(QaContext.of("en", "fr", "Hello", "Bonjour"), Map.of());
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.checkId()).isEqualTo(QaChecks.CHECK_FAILED);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void autofixAppliesEveryFixThatDoesNotOverlap() {
        assertThat(registry.autofix(context, Map.of())).isEqualTo("Salle 3, pourquoi\u202F?");
    }

    /** Stands for a check with a bug. */
    private static final class ExplodingCheck implements QaCheck {

        @Override
        public String id() {
            return "explodes";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.BLOCKING;
        }

        @Override
        public List<QaIssue> check(QaContext context) {
            throw new IllegalStateException("bug");
        }
    }
}
