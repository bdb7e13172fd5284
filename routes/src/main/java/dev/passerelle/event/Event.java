package dev.passerelle.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A conference whose program is published in its languages (English and French). */
public record Event(long id, String slug, String name, List<String> languages, LocalDate startsOn, LocalDate endsOn,
                    Instant createdAt) {
}
