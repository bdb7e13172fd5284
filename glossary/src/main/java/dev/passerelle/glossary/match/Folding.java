package dev.passerelle.glossary.match;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces a word to its matching key: accents and case folded, then a light plural stemmer (English, French) so
 * that singular and plural share a key. Both glossary terms and texts go through the same function, so the rules
 * only need to be consistent, not linguistically complete.
 */
final class Folding {

    /** French articles and pronouns written with an apostrophe before a vowel: "l'astreinte", "qu'un". */
    static final Set<String> FRENCH_ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "quoiqu");

    private Folding() {
    }

    /** Lower case, accents folded, inflection removed. */
    static String key(String word, String primaryLang) {
        return stem(foldAccents(word.toLowerCase(Locale.ROOT)), primaryLang);
    }

    /** Accents folded and inflection removed, case kept: compared for case-sensitive terms. */
    static String caseKey(String word, String primaryLang) {
        return stem(foldAccents(word), primaryLang);
    }

    static String foldAccents(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            return word;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> { }
                default -> {
                    switch (c) {
                        case 'œ' -> folded.append("oe");
                        case 'Œ' -> folded.append("OE");
                        case 'æ' -> folded.append("ae");
                        case 'Æ' -> folded.append("AE");
                        case 'ß' -> folded.append("ss");
                        default -> folded.append(c);
                    }
                }
            }
        }
        return folded.toString();
    }

    private static String stem(String w, String lang) {
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        return switch (lang) {
            case "en" -> stemEnglish(w, n);
            case "fr" -> stemFrench(w, n);
            default -> w;
        };
    }

    private static String stemEnglish(String w, int n) {
        if (ends(w, "ies") && n > 4 && !ends(w, "eies") && !ends(w, "aies")) {
            return w.substring(0, n - 3) + (Character.isUpperCase(w.charAt(n - 1)) ? "Y" : "y");
        }
        if (ends(w, "sses") || ends(w, "xes") || ends(w, "zzes") || ends(w, "shes") || ends(w, "tches")
                || ends(w, "nches") || ends(w, "rches")) {
            return w.substring(0, n - 2);
        }
        if (ends(w, "ss") || ends(w, "us") || ends(w, "is")) {
            return w;
        }
        return ends(w, "s") ? w.substring(0, n - 1) : w;
    }

    private static String stemFrench(String w, int n) {
        if (ends(w, "eaux")) {
            return w.substring(0, n - 1);
        }
        if (ends(w, "aux")) {
            return w.substring(0, n - 3) + (Character.isUpperCase(w.charAt(n - 1)) ? "AL" : "al");
        }
        if (ends(w, "ss")) {
            return w;
        }
        return ends(w, "s") || ends(w, "x") ? w.substring(0, n - 1) : w;
    }

    private static boolean ends(String w, String suffix) {
        return w.regionMatches(true, w.length() - suffix.length(), suffix, 0, suffix.length());
    }
}
