package dev.passerelle.review.check;

import static dev.passerelle.review.check.CheckAssertions.enFr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurroundingWhitespaceCheckTest {

    private final SurroundingWhitespaceCheck check = new SurroundingWhitespaceCheck();

    @ParameterizedTest(name = "[{0}] → [{1}]: {2} issue(s), fixed [{3}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "Hello.|Bonjour.|0|Bonjour.",
            " Hello.| Bonjour.|0| Bonjour.",
            "Hello. |Bonjour. |0|Bonjour. ",
            "Hello.| Bonjour.|1|Bonjour.",
            "Hello.|Bonjour.  |1|Bonjour.",
            " Hello. |Bonjour.|2| Bonjour. ",
    })
    void wantsTheSourcesLeadingAndTrailingWhitespace(String source, String target, int issues, String fixed) {
        assertThat(enFr(check, source, target)).hasSize(issues);
        QaChecks registry = new QaChecks(java.util.List.of(check), null);
        assertThat(registry.autofix(QaContext.of("en", "fr", source, target), Map.of())).isEqualTo(fixed);
    }

    @Test
    void countsTabsAndLineBreaksAsWhitespace() {
        assertThat(enFr(check, "Hello.", "\tBonjour.\n")).hasSize(2);
    }
}
