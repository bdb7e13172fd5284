package dev.passerelle.glossary;

import java.util.List;
import java.util.Objects;

/**
 * One designation of a concept in one language. {@code caseSensitive} terms only match with the same case;
 * {@code doNotTranslate} terms (product names…) must appear unchanged in every translation.
 */
public record Term(String lang, String text, String partOfSpeech, TermStatus status, boolean caseSensitive,
                   boolean doNotTranslate, String definition, String note, String source, List<Property> properties) {

    public Term {
        lang = Languages.normalise(lang);
        Objects.requireNonNull(text, "text");
        text = text.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A term needs a text");
        }
        status = status == null ? TermStatus.ADMITTED : status;
        partOfSpeech = blankToNull(partOfSpeech);
        definition = blankToNull(definition);
        note = blankToNull(note);
        source = blankToNull(source);
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    public static Term preferred(String lang, String text) {
        return new Term(lang, text, null, TermStatus.PREFERRED, false, false, null, null, null, List.of());
    }

    public static Term admitted(String lang, String text) {
        return preferred(lang, text).withStatus(TermStatus.ADMITTED);
    }

    public static Term forbidden(String lang, String text) {
        return preferred(lang, text).withStatus(TermStatus.FORBIDDEN);
    }

    public Term withStatus(TermStatus newStatus) {
        return new Term(lang, text, partOfSpeech, newStatus, caseSensitive, doNotTranslate, definition, note, source,
                properties);
    }

    public Term withDoNotTranslate(boolean value) {
        return new Term(lang, text, partOfSpeech, status, caseSensitive, value, definition, note, source,
                properties);
    }

    public Term withCaseSensitive(boolean value) {
        return new Term(lang, text, partOfSpeech, status, value, doNotTranslate, definition, note, source,
                properties);
    }

    public Term withDefinition(String value) {
        return new Term(lang, text, partOfSpeech, status, caseSensitive, doNotTranslate, value, note, source,
                properties);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
