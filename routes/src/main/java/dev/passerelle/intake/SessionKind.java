package dev.passerelle.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of session it is; stored and exchanged by {@link #id()}. */
public enum SessionKind {
    TALK("talk"), IGNITE("ignite"), OPEN_SPACE("open-space"), KEYNOTE("keynote"), WORKSHOP("workshop");

    private final String id;

    SessionKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Accepts the id, any case, with "_" or " " for "-" ("Open space" → OPEN_SPACE). */
    public static SessionKind fromId(String value) {
        String normalised = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(k -> k.id.equals(normalised)).findFirst()
                .orElseThrow(() -> new InvalidSubmissionException("kind", "must be one of "
                        + Arrays.stream(values()).map(SessionKind::id).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }
}
