package dev.passerelle.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A session as submitted (JSON body, Markdown front matter, inbox file or program import).
 * {@code externalId} makes re-submission idempotent; {@code lang} is en, fr or mixed.
 */
public record SessionSubmission(String externalId, String title, String abstractText, String lang, String kind,
                                List<String> speakers, String track, String room, OffsetDateTime start,
                                OffsetDateTime end) {
}
