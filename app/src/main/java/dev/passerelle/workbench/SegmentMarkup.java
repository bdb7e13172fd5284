package dev.passerelle.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a letter-coded text ({@code <g1>…</g1>}, {@code <x2/>}) into the pieces the editor shows: plain text,
 * inline codes (shown as chips) and glossary terms (highlighted, with their approved translation).
 */
final class SegmentMarkup {

    // The same codes InlineCodes checks: paired g, standalone x, and the b/e halves of split pairs.
    private static final Pattern CODE = Pattern.compile("</?g-?\\d+>|<[xbe]-?\\d+/>");

    private SegmentMarkup() {
    }

    static List<Piece> pieces(String text, List<TermSpan> terms) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null) {
            return pieces;
        }
        Matcher code = CODE.matcher(text);
        int at = 0;
        while (code.find()) {
            addText(pieces, text, at, code.start(), terms);
            pieces.add(Piece.code(code.group()));
            at = code.end();
        }
        addText(pieces, text, at, text.length(), terms);
        return pieces;
    }

    /** The codes of a text in order, as written: what "insert next inline code" walks through. */
    static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(text == null ? "" : text);
        while (code.find()) {
            codes.add(code.group());
        }
        return codes;
    }

    private static void addText(List<Piece> pieces, String text, int from, int to, List<TermSpan> terms) {
        int at = from;
        for (TermSpan term : terms) {
            if (term.start() >= at && term.end() <= to && term.start() < term.end()) {
                if (term.start() > at) {
                    pieces.add(Piece.text(text.substring(at, term.start())));
                }
                pieces.add(new Piece(Kind.TERM, text.substring(term.start(), term.end()), term.translation()));
                at = term.end();
            }
        }
        if (to > at) {
            pieces.add(Piece.text(text.substring(at, to)));
        }
    }

    enum Kind { TEXT, CODE, TERM }

    /**
     * A piece of a segment. For a code, {@code text} is the code as written and {@code label} its chip label
     * ({@code 1}, {@code /1}, {@code 2}); for a term, {@code label} is its approved translation.
     */
    public record Piece(Kind kind, String text, String label) {

        static Piece text(String text) {
            return new Piece(Kind.TEXT, text, null);
        }

        static Piece code(String code) {
            String number = code.replaceAll("[^0-9-]", "");
            String label = code.startsWith("</") ? "/" + number : number;
            return new Piece(Kind.CODE, code, label);
        }

        /** Message key describing the code for screen readers: opening, closing or standalone. */
        public String codeKind() {
            if (text.startsWith("</") || text.startsWith("<e")) {
                return "workbench.code.close";
            }
            return text.startsWith("<g") || text.startsWith("<b") ? "workbench.code.open" : "workbench.code.standalone";
        }
    }

    /**
     * A glossary term found in a source text: {@code [start, end)} offsets into the letter-coded text, sorted and
     * not overlapping. The glossary module fills these; until it is wired the list is empty.
     */
    public record TermSpan(int start, int end, String term, String translation) {
    }
}
