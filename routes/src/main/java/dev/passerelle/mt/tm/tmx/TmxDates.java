package dev.passerelle.mt.tm.tmx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** TMX's date format, ISO 8601 basic in UTC: 20020413T023401Z. */
final class TmxDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private TmxDates() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** The instant, or null for a missing or unreadable date (a date is informative, not worth refusing a file). */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.from(FORMAT.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
