package dev.passerelle.intake.program;

import dev.passerelle.segmentation.ParagraphLanguage;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides a session's source language: a declared English or French wins (that decides the translation
 * direction); a missing or other language is detected from the text by OpenNLP and flagged for the organiser,
 * and undetectable text is segmented as mixed (per paragraph). A declared language the text contradicts is kept
 * but flagged.
 */
@Component
class ProgramLanguage {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("anglais", "en"), Map.entry("englisch", "en"),
            Map.entry("eng", "en"), Map.entry("french", "fr"), Map.entry("français", "fr"),
            Map.entry("francais", "fr"), Map.entry("französisch", "fr"), Map.entry("fra", "fr"),
            Map.entry("fre", "fr"), Map.entry("mixed", "mixed"), Map.entry("bilingual", "mixed"),
            Map.entry("bilingue", "mixed"), Map.entry("en/fr", "mixed"), Map.entry("fr/en", "mixed"),
            Map.entry("en,fr", "mixed"), Map.entry("fr,en", "mixed"));

    private final ParagraphLanguage detector = new ParagraphLanguage();

    Resolved resolve(String declared, String title, String abstractText) {
        String known = known(declared);
        Optional<String> detected = detector.detect((title == null ? "" : title) + "\n\n"
                + (abstractText == null ? "" : abstractText));
        if (known != null) {
            String flag = detected.filter(d -> !"mixed".equals(known) && !d.equals(known))
                    .map(d -> "declared " + known + " but the text reads as " + d).orElse(null);
            return new Resolved(known, flag);
        }
        String why = declared == null || declared.isBlank() ? "no language declared"
                : "declared language '" + declared.strip() + "' is neither English nor French";
        return detected.map(d -> new Resolved(d, why + "; detected " + d))
                .orElseGet(() -> new Resolved("mixed", why + "; not detectable, segmented as mixed"));
    }

    private static String known(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String value = declared.strip().toLowerCase(Locale.ROOT);
        if (NAMES.containsKey(value)) {
            return NAMES.get(value);
        }
        String language = Locale.forLanguageTag(value.replace('_', '-')).getLanguage();
        return "en".equals(language) || "fr".equals(language) ? language : null;
    }

    /** The language to segment in, and what the organiser should check (null: nothing). */
    record Resolved(String lang, String flag) {
    }
}
