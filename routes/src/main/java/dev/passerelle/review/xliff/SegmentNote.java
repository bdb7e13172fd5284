package dev.passerelle.review.xliff;

import java.util.Map;

/**
 * A note for the translator about one segment. {@code category}: e.g. "qa", "glossary", "review"; {@code appliesTo}:
 * "source", "target" or null (the whole unit); {@code priority}: 1 (most important) to 10, null when it does not
 * matter; {@code details}: machine-readable facts (check id, term…) written as {@code psl:} attributes in XLIFF 2.0.
 */
public record SegmentNote(String category, String text, String appliesTo, Integer priority,
                          Map<String, String> details) {

    public SegmentNote {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                details));
    }

    public SegmentNote(String category, String text) {
        this(category, text, null, null, Map.of());
    }
}
