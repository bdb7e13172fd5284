package dev.passerelle.program;

import dev.passerelle.event.Event;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** One event's published program in one language, sessions in schedule order (unscheduled ones last). */
public record Program(Event event, String lang, ZoneId zone, List<ProgramSession> sessions) {

    /** Scheduled sessions by day, in order. */
    public Map<LocalDate, List<ProgramSession>> days() {
        var days = new LinkedHashMap<LocalDate, List<ProgramSession>>();
        sessions.stream().filter(ProgramSession::scheduled)
                .forEach(s -> days.computeIfAbsent(s.start().toLocalDate(), d -> new ArrayList<>()).add(s));
        return days;
    }

    /** "Thursday 11 June" / "jeudi 11 juin". */
    public String dayLabel(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag(lang)));
    }

    public List<ProgramSession> unscheduled() {
        return sessions.stream().filter(s -> !s.scheduled()).toList();
    }

    public List<String> tracks() {
        return sessions.stream().map(ProgramSession::track).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public List<String> rooms() {
        return sessions.stream().map(ProgramSession::room).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The same program narrowed to a track and/or a room (null: any). */
    public Program only(String track, String room) {
        return new Program(event, lang, zone, sessions.stream()
                .filter(s -> track == null || track.equals(s.track()))
                .filter(s -> room == null || room.equals(s.room())).toList());
    }
}
