package dev.passerelle.glossary.check;

import dev.passerelle.glossary.Languages;
import dev.passerelle.glossary.match.TermHit;
import dev.passerelle.glossary.match.TermMatcher;
import java.util.List;

/** A source text and its translation, with the glossary hits of each side computed once for all checks. */
public record TranslationPair(String source, String sourceLang, String target, String targetLang,
                              List<TermHit> sourceHits, List<TermHit> targetHits) {

    public static TranslationPair of(TermMatcher matcher, String source, String sourceLang, String target,
                                     String targetLang) {
        String src = source == null ? "" : source;
        String tgt = target == null ? "" : target;
        return new TranslationPair(src, Languages.normalise(sourceLang), tgt, Languages.normalise(targetLang),
                matcher.find(src, sourceLang), matcher.find(tgt, targetLang));
    }

    static Span span(TermHit hit) {
        return new Span(hit.start(), hit.end());
    }
}
