package dev.passerelle.glossary.match;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into words, with offsets. Hyphens, slashes and spaces all separate words, so "on-call" and "on call"
 * give the same words; French elided articles ("l'", "d'", "qu'", with ' or ’) and the English possessive "'s" are
 * dropped; sentence punctuation and line breaks mark a break no term may span.
 */
final class Tokens {

    int count;
    int[] start;
    int[] end;
    boolean[] breakBefore;
    private final String text;

    private Tokens(String text) {
        this.text = text;
        int capacity = Math.max(4, text.length() / 4);
        start = new int[capacity];
        end = new int[capacity];
        breakBefore = new boolean[capacity];
    }

    String word(int i) {
        return text.substring(start[i], end[i]);
    }

    static Tokens of(String text, String primaryLang) {
        Tokens tokens = new Tokens(text);
        boolean french = primaryLang.equals("fr");
        boolean english = primaryLang.equals("en");
        int n = text.length();
        int i = 0;
        boolean pendingBreak = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordStart(cp)) {
                pendingBreak |= isBreak(text, i, cp);
                i += Character.charCount(cp);
                continue;
            }
            int from = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (!isWordPart(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            boolean elided = french && i + 1 < n && isApostrophe(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))
                    && Folding.FRENCH_ELISIONS.contains(text.substring(from, i).toLowerCase(Locale.ROOT));
            boolean possessive = english && from > 0 && isApostrophe(text.charAt(from - 1)) && i - from == 1
                    && (text.charAt(from) == 's' || text.charAt(from) == 'S');
            if (!elided && !possessive) {
                tokens.add(from, i, pendingBreak);
                pendingBreak = false;
            }
        }
        return tokens;
    }

    private void add(int from, int to, boolean isBreak) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            breakBefore = Arrays.copyOf(breakBefore, count * 2);
        }
        start[count] = from;
        end[count] = to;
        breakBefore[count] = isBreak;
        count++;
    }

    private static boolean isWordStart(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static boolean isBreak(String text, int i, int cp) {
        return switch (cp) {
            case ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '«', '»', '“', '”', '…', '\n', '\r',
                 '|', '•' -> true;
            // A full stop ends a sentence; inside a word ("Node.js", "3.5") it only separates.
            case '.' -> i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            default -> false;
        };
    }
}
