package dev.passerelle.review.check;

import java.util.Set;

/**
 * What a check looks at: a source and its translation with their languages (letter-coded inline codes such as
 * {@code <g1>}…{@code </g1>} included), the event they belong to, and terms that must stay untranslated.
 */
public record QaContext(String event, String sourceLang, String targetLang, String source, String target,
                        Set<String> doNotTranslate) {

    public QaContext {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        doNotTranslate = doNotTranslate == null ? Set.of() : Set.copyOf(doNotTranslate);
    }

    public static QaContext of(String sourceLang, String targetLang, String source, String target) {
        return new QaContext(null, sourceLang, targetLang, source, target, Set.of());
    }

    public boolean targetIs(String lang) {
        return lang.equalsIgnoreCase(targetLang);
    }
}
