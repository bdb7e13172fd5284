package dev.passerelle.glossary;

import java.util.Locale;

/** Language codes as the glossary stores them: lower-case BCP 47 tags ({@code en}, {@code fr-ca}). */
public final class Languages {

    private Languages() {
    }

    public static String normalise(String lang) {
        if (lang == null || lang.isBlank()) {
            throw new IllegalArgumentException("A language code is required");
        }
        return lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** The primary subtag ({@code fr} for {@code fr-CA}), which decides inflection and elision rules. */
    public static String primary(String lang) {
        String normalised = normalise(lang);
        int dash = normalised.indexOf('-');
        return dash < 0 ? normalised : normalised.substring(0, dash);
    }
}
