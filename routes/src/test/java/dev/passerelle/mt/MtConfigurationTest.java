package dev.passerelle.mt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.mt.TranslationChainTest.FakeConnector;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MtConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(MtConfiguration.class, MtConnectors.class)
            .withBean("tmConnector", MtConnector.class, () -> new FakeConnector("tm", Map.of(), true))
            .withBean("noneConnector", MtConnector.class, () -> new FakeConnector("none", Map.of(), true))
            .withBean("deeplConnector", MtConnector.class, () -> new FakeConnector("deepl", Map.of(), true));

    @Test
    void defaultChainIsTranslationMemoryThenNone() {
        context.run(c -> assertThat(c.getBean(TranslationChain.class).connectorIds()).containsExactly("tm", "none"));
    }

    @Test
    void chainFollowsConfiguration() {
        context.withPropertyValues("passerelle.mt.chain=deepl,tm")
                .run(c -> assertThat(c.getBean(TranslationChain.class).connectorIds()).containsExactly("deepl", "tm"));
    }

    @Test
    void unknownConnectorIdFailsStartup() {
        context.withPropertyValues("passerelle.mt.chain=tm,google")
                .run(c -> assertThat(c).getFailure().rootCause()
                        .isInstanceOf(UnknownMtConnectorException.class)
                        .hasMessageContaining("'google'"));
    }
}
