package dev.passerelle.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What search results can be narrowed by: the index field, and the request parameter naming it. */
public enum Facet {
    DAY("day", "day"), TRACK("track", "track"), KIND("kind", "kind"), ORIGINAL_LANG("originalLang", "original"),
    ROOM("room", "room");

    private final String field;
    private final String param;

    Facet(String field, String param) {
        this.field = field;
        this.param = param;
    }

    public String field() {
        return field;
    }

    public String param() {
        return param;
    }

    public static Optional<Facet> byParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }

    /** The facet filters among request parameters (a parameter repeated: alternatives; blank values ignored). */
    public static Map<Facet, List<String>> filters(Map<String, List<String>> params) {
        var filters = new EnumMap<Facet, List<String>>(Facet.class);
        for (Facet facet : values()) {
            List<String> chosen = params.getOrDefault(facet.param, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).distinct().toList();
            if (!chosen.isEmpty()) {
                filters.put(facet, chosen);
            }
        }
        return filters;
    }
}
