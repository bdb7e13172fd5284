package dev.passerelle.program;

import dev.passerelle.search.MarkdownText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A program as an iCalendar file (RFC 5545): one VEVENT per scheduled session, UIDs derived from the event and
 * session so calendar apps update rather than duplicate on re-import; text escaped, lines folded at 75 octets.
 */
final class ScheduleIcs {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ScheduleIcs() {
    }

    static String of(Program program, String baseUrl, Instant now) {
        var frab = new FrabSchedule(program, baseUrl);
        var ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Passerelle//Program//" + program.lang().toUpperCase(java.util.Locale.ROOT));
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(program.event().name()));
        for (ProgramSession s : program.sessions()) {
            if (!s.scheduled()) {
                continue;
            }
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + frab.guid(s) + "@passerelle");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + utc(s.start()));
            line(ics, "DTEND:" + utc(s.endOrDefault()));
            line(ics, "SUMMARY:" + text(s.title()));
            String speakers = String.join(", ", s.speakers());
            String description = (speakers.isEmpty() ? "" : speakers + "\n\n") + MarkdownText.plain(s.abstractMarkdown());
            line(ics, "DESCRIPTION:" + text(description));
            line(ics, "LOCATION:" + text(FrabSchedule.room(s)));
            if (s.track() != null) {
                line(ics, "CATEGORIES:" + text(s.track()));
            }
            line(ics, "URL:" + frab.sessionUrl(s));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String utc(ZonedDateTime time) {
        return UTC.format(time.toInstant());
    }

    /** TEXT value escaping: backslash, semicolon, comma, newline. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so no line exceeds 75 octets and no UTF-8 character is split. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
