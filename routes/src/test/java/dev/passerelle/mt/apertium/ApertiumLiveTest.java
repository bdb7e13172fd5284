package dev.passerelle.mt.apertium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.LiveService;
import dev.passerelle.mt.MtGlossary;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtOutcome;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtTestServices;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real APy server: PASSERELLE_MT_APERTIUM_BASE_URL. Apertium has no released English→French pair, so this
 * checks that the server either translates or says clearly that the pair is not installed.
 */
class ApertiumLiveTest {

    @Test
    void translatesOrSaysThePairIsNotInstalled() {
        String url = LiveService.require("PASSERELLE_MT_APERTIUM_BASE_URL", "Apertium APy");
        MtTestServices services = new MtTestServices();
        List<MtOutcome> outcomes = services.services().connector(new ApertiumProvider(new ApertiumProperties(
                URI.create(url), Duration.ofSeconds(20), 2), new MtHttp(Duration.ofSeconds(10))))
                .translateExplained(new LanguagePair("en", "fr"), List.of(new MtRequest("Hello <g1>world</g1>", null, 1,
                        MtGlossary.EMPTY)));

        assertThat(outcomes.getFirst()).satisfiesAnyOf(
                o -> assertThat(o.result().target()).contains("<g1>", "</g1>"),
                o -> assertThat(o.reason()).contains("is not installed"));
    }
}
