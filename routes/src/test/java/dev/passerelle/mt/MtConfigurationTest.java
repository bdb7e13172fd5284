package dev.passerelle.mt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.mt.TranslationChainTest.FakeConnector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MtConfigurationTest {

    private final InMemoryMtEventSettings events = new InMemoryMtEventSettings();
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(MtConfiguration.class, MtConnectors.class)
            .withBean(MtEventSettings.class, () -> events)
            .withBean("tmConnector", MtConnector.class, () -> new FakeConnector("tm", Map.of(), true))
            .withBean("noneConnector", MtConnector.class, () -> new FakeConnector("none", Map.of(), true))
            .withBean("deeplConnector", MtConnector.class, () -> new FakeConnector("deepl", Map.of(), true));

    @Test
    void defaultChainIsTranslationMemoryThenNone() {
        context.run(c -> assertThat(c.getBean(MtChains.class).defaultChain().connectorIds())
                .containsExactly("tm", "none"));
    }

    @Test
    void chainFollowsConfigurationWithTranslationMemoryFirst() {
        context.withPropertyValues("passerelle.mt.chain=deepl,tm")
                .run(c -> assertThat(c.getBean(MtChains.class).defaultChain().connectorIds())
                        .containsExactly("tm", "deepl"));
    }

    @Test
    void eventChainOverridesTheDefault() {
        events.update(7, new MtEventSettings.Settings(List.of("deepl", "none"), null));
        context.run(c -> {
            assertThat(c.getBean(MtChains.class).forEvent(7).connectorIds()).containsExactly("tm", "deepl", "none");
            assertThat(c.getBean(MtChains.class).forEvent(8).connectorIds()).containsExactly("tm", "none");
        });
    }

    @Test
    void eventChainNamingAnUnconfiguredProviderSaysSoOnTheSegment() {
        events.update(7, new MtEventSettings.Settings(List.of("google"), null));
        context.run(c -> assertThat(c.getBean(MtChains.class).forEvent(7)
                .translateExplained(new LanguagePair("en", "fr"), List.of(MtRequest.of("Hello"))))
                .singleElement().satisfies(o -> assertThat(o.reason()).contains("google: not configured")));
    }

    @Test
    void unknownConnectorIdInTheDefaultChainFailsStartup() {
        context.withPropertyValues("passerelle.mt.chain=tm,google")
                .run(c -> assertThat(c).getFailure().rootCause()
                        .isInstanceOf(UnknownMtConnectorException.class)
                        .hasMessageContaining("'google'"));
    }
}
