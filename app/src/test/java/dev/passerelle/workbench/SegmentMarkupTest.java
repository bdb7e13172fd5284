package dev.passerelle.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.workbench.SegmentMarkup.Kind;
import dev.passerelle.workbench.SegmentMarkup.Piece;
import dev.passerelle.workbench.SegmentMarkup.TermSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMarkupTest {

    private static final String SOURCE = "Read <g1>the guide</g1> at <x2/>.";

    @Test
    void cutsCodesIntoChipsWithTheirNumbers() {
        assertThat(SegmentMarkup.pieces(SOURCE, List.of())).containsExactly(
                new Piece(Kind.TEXT, "Read ", null), new Piece(Kind.CODE, "<g1>", "1"),
                new Piece(Kind.TEXT, "the guide", null), new Piece(Kind.CODE, "</g1>", "/1"),
                new Piece(Kind.TEXT, " at ", null), new Piece(Kind.CODE, "<x2/>", "2"), new Piece(Kind.TEXT, ".", null));
    }

    @Test
    void describesEachKindOfCodeForScreenReaders() {
        assertThat(SegmentMarkup.pieces(SOURCE, List.of()).stream().filter(p -> p.kind() == Kind.CODE)
                .map(Piece::codeKind)).containsExactly("workbench.code.open", "workbench.code.close",
                "workbench.code.standalone");
    }

    @Test
    void highlightsGlossaryTermsInsideTheText() {
        int start = SOURCE.indexOf("guide");
        assertThat(SegmentMarkup.pieces(SOURCE, List.of(new TermSpan(start, start + 5, "guide", "guide pratique"))))
                .contains(new Piece(Kind.TEXT, "the ", null), new Piece(Kind.TERM, "guide", "guide pratique"));
    }

    @Test
    void ignoresATermSpanThatWouldCutThroughACode() {
        int start = SOURCE.indexOf("guide");
        assertThat(SegmentMarkup.pieces(SOURCE, List.of(new TermSpan(start, start + 8, "guide</", "x"))))
                .noneMatch(p -> p.kind() == Kind.TERM);
    }

    @Test
    void listsTheCodesInSourceOrderForInsertion() {
        assertThat(SegmentMarkup.codes(SOURCE)).containsExactly("<g1>", "</g1>", "<x2/>");
        assertThat(SegmentMarkup.codes(null)).isEmpty();
    }
}
