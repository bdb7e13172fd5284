package dev.passerelle.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word diff of two short texts (segments), by longest common subsequence over words, spaces and punctuation:
 * what a translator must change in a TM match's translation shows as the words that differ between its source and
 * the segment's.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("</?[gbex]-?\\d+/?>|\\w+|\\s+|[^\\w\\s]",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Segments are sentences: beyond this many tokens a side the table would cost too much; show both whole. */
    private static final int MAX_TOKENS = 600;

    enum Kind { SAME, REMOVED, ADDED }

    record Piece(Kind kind, String text) {

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    private WordDiff() {
    }

    /** From {@code before} to {@code after}: common runs, removed and added runs, in text order. */
    static List<Piece> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            add(pieces, Kind.REMOVED, before);
            add(pieces, Kind.ADDED, after);
            return pieces;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(pieces, Kind.SAME, a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                add(pieces, Kind.REMOVED, a.get(i++)); // removals first: "old → new" reads naturally
            } else {
                add(pieces, Kind.ADDED, b.get(j++));
            }
        }
        return pieces;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Appends, merging with the previous piece of the same kind. */
    private static void add(List<Piece> pieces, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!pieces.isEmpty() && pieces.getLast().kind() == kind) {
            pieces.set(pieces.size() - 1, new Piece(kind, pieces.getLast().text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }
}
