package dev.passerelle.search;

import java.util.List;
import java.util.Map;

/**
 * One search: the text typed (either language), the page's language, optionally one event, facet filters (values of
 * one facet are alternatives, facets combine), the page size and the cursor of the previous page's last hit.
 */
public record SessionQuery(String text, String lang, String event, Map<Facet, List<String>> filters, int size,
                           String after) {

    public SessionQuery {
        if (!"en".equals(lang) && !"fr".equals(lang)) {
            throw new IllegalArgumentException("lang must be en or fr, not '" + lang + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q must not be empty");
        }
        if (text.length() > 200) {
            throw new IllegalArgumentException("q must be at most 200 characters");
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static SessionQuery of(String text, String lang, int size) {
        return new SessionQuery(text, lang, null, Map.of(), size, null);
    }
}
