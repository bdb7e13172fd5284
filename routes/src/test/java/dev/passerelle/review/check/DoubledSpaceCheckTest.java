package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoubledSpaceCheckTest {

    private final DoubledSpaceCheck check = new DoubledSpaceCheck();

    @ParameterizedTest(name = "[{0}] → [{1}]: {2} issue(s), fixed [{3}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "One space.|Une espace.|0|Une espace.",
            "One space.|Une  espace.|1|Une espace.",
            "One space.|Une   espace  ici.|2|Une espace ici.",
            "Aligned  code|Code  aligné|0|Code  aligné",
            "Why?|Pourquoi \u00A0?|1|Pourquoi\u00A0?",
            "Trailing |Fin  |0|Fin  ",
    })
    void collapsesDoubledSpacesTheSourceDoesNotHave(String source, String target, int issues, String fixed) {
        assertThat(enFr(check, source, target)).hasSize(issues);
        assertThat(new QaChecks(List.of(check), null).autofix(QaContext.of("en", "fr", source, target), Map.of()))
                .isEqualTo(fixed);
    }
}
