package dev.passerelle.search;

import java.util.Arrays;
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
}
