package dev.passerelle.program;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What frab's {@code schedule.json} and {@code schedule.xml} say about a program (the c3voc schedule format that
 * pretalx, FOSDEM and the congress apps read): conference, days, rooms per day, events per room.
 * Identifiers are derived from the event and session, so they never change between exports.
 */
final class FrabSchedule {

    static final String NO_ROOM = "TBA";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    // Whole seconds and the offset (+02:00, or Z), as frab writes them; ISO_OFFSET_DATE_TIME would add fractions.
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Program program;
    private final String baseUrl;

    FrabSchedule(Program program, String baseUrl) {
        this.program = program;
        this.baseUrl = baseUrl;
    }

    /** One scheduled day: its 1-based index, bounds, and sessions per room (rooms in first-use order). */
    record Day(int index, LocalDate date, ZonedDateTime start, ZonedDateTime end,
               Map<String, List<ProgramSession>> rooms) {
    }

    List<Day> days() {
        var days = new ArrayList<Day>();
        program.days().forEach((date, sessions) -> {
            var rooms = new LinkedHashMap<String, List<ProgramSession>>();
            sessions.forEach(s -> rooms.computeIfAbsent(room(s), r -> new ArrayList<>()).add(s));
            ZonedDateTime start = sessions.stream().map(ProgramSession::start).min(ZonedDateTime::compareTo).orElseThrow();
            ZonedDateTime end = sessions.stream().map(ProgramSession::endOrDefault).max(ZonedDateTime::compareTo)
                    .orElseThrow();
            days.add(new Day(days.size() + 1, date, start, end, rooms));
        });
        return days;
    }

    /** frab acronyms are lower-case letters, digits and underscores, four at least. */
    String acronym() {
        String acronym = program.event().slug().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return acronym.length() >= 4 ? acronym : (acronym + "____").substring(0, 4);
    }

    LocalDate firstDay() {
        if (program.event().startsOn() != null) {
            return program.event().startsOn();
        }
        return program.days().keySet().stream().findFirst()
                .orElse(program.event().createdAt().atZone(program.zone()).toLocalDate());
    }

    LocalDate lastDay() {
        if (program.event().endsOn() != null) {
            return program.event().endsOn();
        }
        return program.days().keySet().stream().reduce((a, b) -> b).orElse(firstDay());
    }

    /** Changes whenever what the export says changes. */
    String version() {
        return Integer.toHexString(program.sessions().hashCode());
    }

    String url() {
        return baseUrl + "/" + program.event().slug() + "/" + program.lang() + "/";
    }

    String baseUrl() {
        return baseUrl;
    }

    String sessionUrl(ProgramSession s) {
        return url() + "sessions/" + s.id();
    }

    String guid(ProgramSession s) {
        return uuid("session:" + program.event().slug() + ":" + s.id());
    }

    static String personGuid(String name) {
        return uuid("person:" + name);
    }

    static String roomGuid(String event, String room) {
        return uuid("room:" + event + ":" + room);
    }

    /** frab slugs: lower-case, at least four characters on each side of the first dash. */
    static String slug(ProgramSession s) {
        return "session-" + s.id() + "-" + s.shownLang();
    }

    static String room(ProgramSession s) {
        return s.room() == null || s.room().isBlank() ? NO_ROOM : s.room();
    }

    static String start(ProgramSession s) {
        return s.start().format(TIME);
    }

    static String duration(ProgramSession s) {
        Duration length = Duration.between(s.start(), s.endOrDefault());
        return "%02d:%02d".formatted(length.toHours(), length.toMinutesPart());
    }

    static String dateTime(ZonedDateTime time) {
        return time.format(DATE_TIME);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("passerelle:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
