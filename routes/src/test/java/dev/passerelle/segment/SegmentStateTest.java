package dev.passerelle.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentStateTest {

    @ParameterizedTest
    @CsvSource({
            "NEW, TM_MATCHED", "NEW, MACHINE_TRANSLATED", "NEW, IN_REVIEW",
            "TM_MATCHED, IN_REVIEW", "MACHINE_TRANSLATED, IN_REVIEW",
            "IN_REVIEW, APPROVED", "IN_REVIEW, REJECTED", "IN_REVIEW, IN_REVIEW",
            "APPROVED, IN_REVIEW", "REJECTED, IN_REVIEW"})
    void allowsTheDocumentedTransitions(SegmentState from, SegmentState to) {
        assertThat(from.canBecome(to)).isTrue();
        assertThat(from.require(to)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "NEW, APPROVED", "MACHINE_TRANSLATED, APPROVED", "TM_MATCHED, REJECTED", "APPROVED, APPROVED",
            "APPROVED, REJECTED", "REJECTED, APPROVED", "IN_REVIEW, NEW", "APPROVED, NEW"})
    void refusesEverythingElse(SegmentState from, SegmentState to) {
        assertThat(from.canBecome(to)).isFalse();
        assertThatThrownBy(() -> from.require(to)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(from.name()).hasMessageContaining(to.name());
    }

    @ParameterizedTest
    @CsvSource({"APPROVED", "REJECTED", "IN_REVIEW", "MACHINE_TRANSLATED", "TM_MATCHED", "NEW"})
    void anEditPutsTheSegmentInReviewWhateverItsState(SegmentState from) {
        assertThat(from.afterEdit()).isEqualTo(SegmentState.IN_REVIEW);
    }
}
