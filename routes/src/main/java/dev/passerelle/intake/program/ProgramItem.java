package dev.passerelle.intake.program;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One session as a CFP tool exports it, mapped to our fields; {@code lang} and {@code kind} are as declared (raw),
 * {@code extra} keeps every source field we do not map, so nothing the organiser entered is lost.
 */
public record ProgramItem(String externalId, String title, String abstractText, String lang, String kind,
                          List<String> speakers, String track, String room, OffsetDateTime start, OffsetDateTime end,
                          Map<String, Object> extra) {
}
