package dev.passerelle.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A session as attendees search it: its published title and abstract (Markdown) per language, absent where not
 * published, and whether each language's text is a translation.
 */
public record SessionDocument(long sessionId, String event, String kind, String originalLang, String track,
                              String room, OffsetDateTime start, OffsetDateTime end, List<String> speakers,
                              String titleEn, String abstractEn, String titleFr, String abstractFr,
                              boolean publishedEn, boolean publishedFr, boolean translatedEn, boolean translatedFr) {
}
