package dev.passerelle.glossary;

import java.util.Objects;

/**
 * Data the model does not map to a field (subject field, context, transaction history…), kept so that export
 * writes it back. {@code type} is the TBX data category; a type {@code "head/child"} belongs to the group opened by
 * the nearest preceding {@code head} (e.g. {@code context} then {@code context/source}). {@code lang} places a
 * concept-level property in a language section (null: the concept itself); {@code target} is an optional reference.
 */
public record Property(String lang, String type, String value, String target) {

    public Property {
        Objects.requireNonNull(type, "type");
        value = value == null ? "" : value;
        lang = lang == null ? null : Languages.normalise(lang);
    }

    public static Property of(String type, String value) {
        return new Property(null, type, value, null);
    }

    /** The group head's type: {@code context} for {@code context/source}, or the type itself. */
    public String head() {
        int slash = type.indexOf('/');
        return slash < 0 ? type : type.substring(0, slash);
    }

    public boolean inGroup() {
        return type.indexOf('/') > 0;
    }
}
