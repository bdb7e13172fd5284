package dev.passerelle.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.workbench.WordDiff.Kind;
import dev.passerelle.workbench.WordDiff.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void changedWordsShowAsRemovedThenAdded() {
        assertThat(WordDiff.between("Deploy the service on Friday.", "Deploy the database on Monday."))
                .containsExactly(new Piece(Kind.SAME, "Deploy the "), new Piece(Kind.REMOVED, "service"),
                        new Piece(Kind.ADDED, "database"), new Piece(Kind.SAME, " on "),
                        new Piece(Kind.REMOVED, "Friday"), new Piece(Kind.ADDED, "Monday"),
                        new Piece(Kind.SAME, "."));
    }

    @Test
    void insertedWordsAndInlineCodesAreWholeTokens() {
        assertThat(WordDiff.between("Run <g1>kubectl</g1> now", "Run <g1>kubectl</g1> apply now"))
                .containsExactly(new Piece(Kind.SAME, "Run <g1>kubectl</g1> "), new Piece(Kind.ADDED, "apply "),
                        new Piece(Kind.SAME, "now"));
        assertThat(WordDiff.between("Lancez <g1>ceci</g1>", "Lancez <g2>ceci</g2>")).extracting(Piece::text)
                .contains("<g1>", "<g2>");
    }

    @Test
    void identicalTextsAreOneCommonPiece() {
        assertThat(WordDiff.between("Same text.", "Same text.")).containsExactly(new Piece(Kind.SAME, "Same text."));
        assertThat(WordDiff.between("", "New")).containsExactly(new Piece(Kind.ADDED, "New"));
        assertThat(WordDiff.between("Old", "")).isEqualTo(List.of(new Piece(Kind.REMOVED, "Old")));
    }
}
