package dev.passerelle.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.mt.TranslationChainTest.FakeConnector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MtConnectorsTest {

    private final FakeConnector tm = new FakeConnector("tm", Map.of(), true);
    private final FakeConnector none = new FakeConnector("none", Map.of(), true);

    @Test
    void findsConnectorsByIdInTheRequestedOrder() {
        MtConnectors connectors = new MtConnectors(List.of(tm, none));

        assertThat(connectors.get(List.of("none", "tm"))).containsExactly(none, tm);
        assertThat(connectors.ids()).containsExactlyInAnyOrder("tm", "none");
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> new MtConnectors(List.of(tm, none)).get("deepl"))
                .isInstanceOf(UnknownMtConnectorException.class)
                .hasMessageContaining("'deepl'")
                .hasMessageContaining("tm")
                .hasMessageContaining("passerelle.mt.chain");
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThatThrownBy(() -> new MtConnectors(List.of(tm, new FakeConnector("tm", Map.of(), true))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'tm'");
    }
}
