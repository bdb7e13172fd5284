package dev.passerelle.intake.program;

import static dev.passerelle.intake.program.ProgramFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** frab/pretalx {@code schedule.json} (c3voc schema 1.x): schedule.conference.days[].rooms{name: [event]}. */
@Component
class ScheduleJsonParser implements ProgramParser {

    private static final Set<String> MAPPED = Set.of("guid", "id", "title", "abstract", "description", "language",
            "type", "track", "room", "date", "start", "duration", "persons");

    @Override
    public ProgramFormat format() {
        return ProgramFormat.SCHEDULE_JSON;
    }

    @Override
    public List<ProgramItem> parse(byte[] body) {
        JsonNode days = ProgramFields.readJson(body, "schedule.json").path("schedule").path("conference").path("days");
        if (!days.isArray()) {
            throw new InvalidProgramException("schedule.json must have schedule.conference.days (an array)");
        }
        List<ProgramItem> items = new ArrayList<>();
        for (JsonNode day : days) {
            JsonNode rooms = day.path("rooms");
            if (!rooms.isObject()) {
                throw new InvalidProgramException("schedule.json: day " + day.path("index").asString("?")
                        + " has no rooms object");
            }
            rooms.propertyStream().forEach(room -> {
                for (JsonNode event : room.getValue()) {
                    items.add(item(event, room.getKey()));
                }
            });
        }
        return items;
    }

    private static ProgramItem item(JsonNode event, String roomName) {
        String id = text(event, "guid") != null ? text(event, "guid") : text(event, "id");
        if (id == null) {
            throw new InvalidProgramException("schedule.json: an event has neither guid nor id (title: "
                    + text(event, "title") + ")");
        }
        var start = ProgramFields.time("date", text(event, "date"));
        List<String> speakers = new ArrayList<>();
        for (JsonNode person : event.path("persons")) {
            String name = text(person, "public_name") != null ? text(person, "public_name") : text(person, "name");
            if (name != null) {
                speakers.add(name);
            }
        }
        String room = text(event, "room") != null ? text(event, "room") : roomName;
        return new ProgramItem(id, text(event, "title"),
                ProgramFields.text(text(event, "abstract"), text(event, "description")), text(event, "language"),
                ProgramFields.kind(text(event, "type")), speakers, text(event, "track"), room, start,
                ProgramFields.end(start, text(event, "duration")), ProgramFields.unmapped(event, MAPPED));
    }
}
