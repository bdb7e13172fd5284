package dev.passerelle.mt.none;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoneConnectorTest {

    private final NoneConnector none = new NoneConnector();

    @Test
    void translatesNothingForEverySegment() {
        assertThat(none.translate(new LanguagePair("en", "fr"), List.of(MtRequest.of("Hello."), MtRequest.of("<g1>Hi</g1>"))))
                .containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void supportsEveryPairAndEmptyBatches() {
        assertThat(none.supports(new LanguagePair("fr", "en"))).isTrue();
        assertThat(none.translate(new LanguagePair("fr", "en"), List.of())).isEmpty();
        assertThat(none.id()).isEqualTo("none");
    }
}
