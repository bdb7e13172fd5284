package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static dev.passerelle.review.check.CheckAssertions.frEn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTypographyCheckTest {

    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    private final FrenchTypographyCheck check = new FrenchTypographyCheck();
    private final QaChecks registry = new QaChecks(List.of(check), null);

    @ParameterizedTest(name = "[{0}] is correct")
    @CsvSource(delimiter = '|', value = {
            "Pourquoi\u202F?",
            "Pourquoi\u00A0?",
            "Attention\u00A0: ça coupe\u202F!",
            "Un\u202F; deux",
            "Il a dit «\u00A0bonjour\u00A0».",
            "Il a dit «\u202Fbonjour\u202F».",
            "Rendez-vous à 9:00.",
            "Voir https://example.org/?q=1 et mailto:a@example.org",
            "Vraiment\u202F?!",
            "Le ratio 16:9 et std::vector",
            "Si a != b alors",
            "<g1>Attention</g1>\u00A0: lisez",
            "Pas de ponctuation haute",
    })
    void acceptsCorrectFrenchTypography(String target) {
        assertThat(enFr(check, "source", target)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', value = {
            "Pourquoi ?|Pourquoi\u202F?",
            "Pourquoi?|Pourquoi\u202F?",
            "Attention : ça coupe !|Attention\u00A0: ça coupe\u202F!",
            "Attention: ça coupe!|Attention\u00A0: ça coupe\u202F!",
            "Un ; deux|Un\u202F; deux",
            "Il a dit « bonjour ».|Il a dit «\u00A0bonjour\u00A0».",
            "Il a dit «bonjour».|Il a dit «\u00A0bonjour\u00A0».",
            "Il a dit \"bonjour\".|Il a dit «\u00A0bonjour\u00A0».",
            "Il a dit “bonjour”.|Il a dit «\u00A0bonjour\u00A0».",
            "Il a dit \"bonjour !\"|Il a dit «\u00A0bonjour\u202F!\u00A0»",
            "<g1>Attention</g1>: lisez|<g1>Attention</g1>\u00A0: lisez",
            "Vraiment  ?!|Vraiment\u202F?!",
    })
    void flagsAndFixesMissingNonBreakingSpacesAndQuotes(String target, String fixed) {
        assertThat(enFr(check, "source", target)).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.checkId()).isEqualTo("fr-typography");
            assertThat(issue.fixable()).isTrue();
        });
        String result = registry.autofix(QaContext.of("en", "fr", "source", target), Map.of());
        assertThat(result).isEqualTo(fixed);
        assertThat(enFr(check, "source", result)).isEmpty();
    }

    @Test
    void leavesEnglishTargetsAlone() {
        assertThat(frEn(check, "Pourquoi\u202F?", "Why ? \"Because\" : see « this »")).isEmpty();
    }

    @Test
    void pointsAtTheSpaceToReplace() {
        QaIssue issue = enFr(check, "source", "Quoi ?").getFirst();
        assertThat(issue.start()).isEqualTo(4);
        assertThat(issue.end()).isEqualTo(5);
        assertThat(issue.replacement()).isEqualTo(NNBSP);
        QaIssue insertion = enFr(check, "source", "Note:").getFirst();
        assertThat(insertion.start()).isEqualTo(4);
        assertThat(insertion.end()).isEqualTo(4);
        assertThat(insertion.replacement()).isEqualTo(NBSP);
    }
}
