package dev.passerelle.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A program as frab/pretalx {@code schedule.json} (c3voc schema); every required member present, none null. */
final class ScheduleJson {

    private static final String TIME_ZONE_NAME = "([A-Z][a-z]+/[A-Z][a-z]+)|UTC";

    private ScheduleJson() {
    }

    static Map<String, Object> of(Program program, String baseUrl) {
        var frab = new FrabSchedule(program, baseUrl);
        List<FrabSchedule.Day> days = frab.days();
        var conference = new LinkedHashMap<String, Object>();
        conference.put("acronym", frab.acronym());
        conference.put("title", program.event().name());
        conference.put("start", frab.firstDay().toString());
        conference.put("end", frab.lastDay().toString());
        conference.put("daysCount", days.size());
        conference.put("timeslot_duration", "00:05");
        if (program.zone().getId().matches(TIME_ZONE_NAME)) {
            conference.put("time_zone_name", program.zone().getId());
        }
        conference.put("url", frab.url());
        conference.put("tracks", program.tracks().stream().map(t -> Map.of("name", t)).toList());
        conference.put("rooms", program.rooms().stream().map(r -> Map.of("name", r,
                "guid", FrabSchedule.roomGuid(program.event().slug(), r))).toList());
        conference.put("days", days.stream().map(d -> day(d, frab)).toList());
        var schedule = new LinkedHashMap<String, Object>();
        schedule.put("version", frab.version());
        schedule.put("base_url", frab.baseUrl() + "/");
        schedule.put("conference", conference);
        var root = new LinkedHashMap<String, Object>();
        root.put("$schema", "https://c3voc.de/schedule/schema.json");
        root.put("generator", Map.of("name", "passerelle"));
        root.put("schedule", schedule);
        return root;
    }

    private static Map<String, Object> day(FrabSchedule.Day day, FrabSchedule frab) {
        var rooms = new LinkedHashMap<String, Object>();
        day.rooms().forEach((room, sessions) -> rooms.put(room, sessions.stream().map(s -> event(s, frab)).toList()));
        var json = new LinkedHashMap<String, Object>();
        json.put("index", day.index());
        json.put("date", day.date().toString());
        json.put("day_start", FrabSchedule.dateTime(day.start()));
        json.put("day_end", FrabSchedule.dateTime(day.end()));
        json.put("rooms", rooms);
        return json;
    }

    private static Map<String, Object> event(ProgramSession s, FrabSchedule frab) {
        var persons = new ArrayList<Map<String, Object>>();
        s.speakers().forEach(name -> persons.add(Map.of("name", name, "guid", FrabSchedule.personGuid(name))));
        var event = new LinkedHashMap<String, Object>();
        event.put("guid", frab.guid(s));
        event.put("id", s.id());
        event.put("date", FrabSchedule.dateTime(s.start()));
        event.put("start", FrabSchedule.start(s));
        event.put("end", FrabSchedule.dateTime(s.endOrDefault()));
        event.put("duration", FrabSchedule.duration(s));
        event.put("room", FrabSchedule.room(s));
        event.put("slug", FrabSchedule.slug(s));
        event.put("url", frab.sessionUrl(s));
        event.put("title", s.title());
        event.put("subtitle", "");
        event.put("track", s.track() == null ? "" : s.track());
        event.put("type", s.kind());
        event.put("language", s.originalLang());
        event.put("abstract", s.abstractMarkdown());
        event.put("description", "");
        event.put("persons", persons);
        event.put("links", List.of());
        return event;
    }
}
