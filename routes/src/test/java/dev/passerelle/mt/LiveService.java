package dev.passerelle.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

/**
 * Contract checks against a provider's real service, run only when its credential is in the environment (skipped,
 * with the variable to set, otherwise).
 */
public final class LiveService {

    private LiveService() {}

    /** The environment variable's value; skips the test when it is unset. */
    public static String require(String variable, String provider) {
        String value = System.getenv(variable);
        assumeTrue(value != null && !value.isBlank(), () -> "Set " + variable + " to run the " + provider
                + " contract test against the real service");
        return value;
    }

    public static String optional(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? null : value;
    }

    /** Two segments, one with inline codes, come back translated with their codes in place. */
    public static void assertTranslates(MtConnector connector, MtTestServices services) {
        List<MtOutcome> outcomes = connector.translateExplained(new LanguagePair("en", "fr"), List.of(
                new MtRequest("The keynote starts at <g1>nine</g1> in the main room.", "Opening keynote", 1,
                        MtGlossary.EMPTY),
                new MtRequest("Lightning talks follow.", "Opening keynote", 1, MtGlossary.EMPTY)));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.isTranslated()).as(String.valueOf(o.reason())).isTrue());
        assertThat(outcomes.getFirst().result().target()).contains("<g1>", "</g1>")
                .isNotEqualTo("The keynote starts at <g1>nine</g1> in the main room.");
        assertThat(services.costs.sent()).isPositive();
    }
}
