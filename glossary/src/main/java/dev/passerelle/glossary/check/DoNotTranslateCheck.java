package dev.passerelle.glossary.check;

import dev.passerelle.glossary.match.TermHit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A do-not-translate term of the source (a product name…) must appear in the translation exactly as the glossary
 * writes it. When it is there in another case, the span points at it; when absent, at the source term.
 */
public final class DoNotTranslateCheck implements TermCheck {

    public static final String ID = "glossary-do-not-translate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<TermIssue> check(TranslationPair pair) {
        List<TermIssue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TermHit hit : pair.sourceHits()) {
            String expected = hit.term().text();
            if (!hit.term().doNotTranslate() || !seen.add(expected) || containsWord(pair.target(), expected, false)) {
                continue;
            }
            int altered = indexOfWord(pair.target(), expected, true);
            Span target = altered < 0 ? null : new Span(altered, altered + expected.length());
            String found = target == null ? null : pair.target().substring(target.start(), target.end());
            issues.add(new TermIssue(ID, Severity.BLOCKING, TranslationPair.span(hit), target,
                    found == null ? "glossary.do-not-translate.missing" : "glossary.do-not-translate.altered",
                    found == null ? List.of(expected) : List.of(found, expected),
                    found == null ? "\"" + expected + "\" must be kept untranslated"
                            : "\"" + found + "\" must be written \"" + expected + "\"", expected));
        }
        return issues;
    }

    private static boolean containsWord(String text, String word, boolean ignoreCase) {
        return indexOfWord(text, word, ignoreCase) >= 0;
    }

    /** The first occurrence of {@code word} not glued to other letters or digits. */
    private static int indexOfWord(String text, String word, boolean ignoreCase) {
        String haystack = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        String needle = ignoreCase ? word.toLowerCase(Locale.ROOT) : word;
        if (haystack.length() != text.length() || needle.length() != word.length()) {
            return -1; // case mapping changed lengths: offsets would lie
        }
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }
}
