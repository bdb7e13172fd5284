package dev.passerelle.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationChainTest {

    private static final LanguagePair EN_FR = new LanguagePair("en", "fr");

    /** Answers the texts it knows; records what it was asked. */
    static class FakeConnector implements MtConnector {
        final String id;
        final Map<String, String> known;
        final boolean supported;
        final List<List<String>> asked = new ArrayList<>();

        FakeConnector(String id, Map<String, String> known, boolean supported) {
            this.id = id;
            this.known = known;
            this.supported = supported;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public boolean supports(LanguagePair pair) {
            return supported;
        }

        @Override
        public List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch) {
            asked.add(batch.stream().map(MtRequest::text).toList());
            return batch.stream()
                    .map(r -> Optional.ofNullable(known.get(r.text())).map(t -> new MtResult(t, new Provenance(id, null, 0))))
                    .toList();
        }
    }

    private static List<MtRequest> requests(String... texts) {
        return List.of(texts).stream().map(MtRequest::of).toList();
    }

    @Test
    void firstConnectorWithAResultWinsAndLaterOnesSeeOnlyWhatIsLeft() {
        FakeConnector tm = new FakeConnector("tm", Map.of("a", "A-tm"), true);
        FakeConnector mt = new FakeConnector("mt", Map.of("a", "A-mt", "b", "B-mt"), true);
        FakeConnector last = new FakeConnector("last", Map.of(), true);

        List<Optional<MtResult>> results = new TranslationChain(List.of(tm, mt, last)).translate(EN_FR, requests("a", "b", "c"));

        assertThat(results).extracting(r -> r.map(MtResult::target).orElse(null)).containsExactly("A-tm", "B-mt", null);
        assertThat(results.get(0).orElseThrow().provenance().connector()).isEqualTo("tm");
        assertThat(tm.asked).containsExactly(List.of("a", "b", "c"));
        assertThat(mt.asked).containsExactly(List.of("b", "c"));
        assertThat(last.asked).containsExactly(List.of("c"));
    }

    @Test
    void stopsAskingOnceEverySegmentIsTranslated() {
        FakeConnector tm = new FakeConnector("tm", Map.of("a", "A"), true);
        FakeConnector mt = new FakeConnector("mt", Map.of(), true);

        new TranslationChain(List.of(tm, mt)).translate(EN_FR, requests("a", "a"));

        assertThat(mt.asked).isEmpty();
    }

    @Test
    void skipsConnectorsThatDoNotSupportThePair() {
        FakeConnector unsupported = new FakeConnector("deepl", Map.of("a", "A-deepl"), false);
        FakeConnector mt = new FakeConnector("mt", Map.of("a", "A-mt"), true);

        List<Optional<MtResult>> results = new TranslationChain(List.of(unsupported, mt)).translate(EN_FR, requests("a"));

        assertThat(results.get(0).orElseThrow().target()).isEqualTo("A-mt");
        assertThat(unsupported.asked).isEmpty();
    }

    @Test
    void emptyBatchAsksNobody() {
        FakeConnector tm = new FakeConnector("tm", Map.of(), true);

        assertThat(new TranslationChain(List.of(tm)).translate(EN_FR, List.of())).isEmpty();
        assertThat(tm.asked).isEmpty();
    }

    @Test
    void noConnectorsLeavesEverySegmentEmpty() {
        assertThat(new TranslationChain(List.of()).translate(EN_FR, requests("a", "b"))).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void rejectsAConnectorThatAnswersTheWrongNumberOfResults() {
        MtConnector broken = new FakeConnector("broken", Map.of(), true) {
            @Override
            public List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch) {
                return List.of();
            }
        };

        assertThatThrownBy(() -> new TranslationChain(List.of(broken)).translate(EN_FR, requests("a")))
                .isInstanceOf(MtException.class)
                .hasMessageContaining("broken");
    }
}
