package dev.passerelle.intake.program;

import static dev.passerelle.intake.program.ProgramFields.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Sessionize's "All" JSON view: sessions refer to speakers, rooms and category items by id. Categories titled like
 * language, track or format fill those fields; the others stay in the extra fields. Service sessions (breaks) are
 * not talks and are left out.
 */
@Component
class SessionizeParser implements ProgramParser {

    private static final Set<String> MAPPED = Set.of("id", "title", "description", "startsAt", "endsAt", "speakers",
            "roomId", "categoryItems");

    @Override
    public ProgramFormat format() {
        return ProgramFormat.SESSIONIZE;
    }

    @Override
    public List<ProgramItem> parse(byte[] body) {
        JsonNode root = ProgramFields.readJson(body, "Sessionize JSON");
        if (!root.path("sessions").isArray()) {
            throw new InvalidProgramException("Sessionize: expected the \"All\" JSON view with a sessions array");
        }
        Map<String, String> speakers = new HashMap<>();
        for (JsonNode speaker : root.path("speakers")) {
            String name = text(speaker, "fullName") != null ? text(speaker, "fullName")
                    : (speaker.path("firstName").asString("") + " " + speaker.path("lastName").asString("")).strip();
            speakers.put(speaker.path("id").asString(), name);
        }
        Map<String, String> rooms = new HashMap<>();
        for (JsonNode room : root.path("rooms")) {
            rooms.put(room.path("id").asString(), text(room, "name"));
        }
        Map<String, Category> categoryOfItem = new HashMap<>();
        for (JsonNode category : root.path("categories")) {
            String title = text(category, "title");
            for (JsonNode item : category.path("items")) {
                categoryOfItem.put(item.path("id").asString(), new Category(title == null ? "" : title,
                        text(item, "name")));
            }
        }
        List<ProgramItem> items = new ArrayList<>();
        for (JsonNode session : root.get("sessions")) {
            if (!session.path("isServiceSession").asBoolean(false)) {
                items.add(item(session, speakers, rooms, categoryOfItem));
            }
        }
        return items;
    }

    private static ProgramItem item(JsonNode session, Map<String, String> speakers, Map<String, String> rooms,
                                    Map<String, Category> categoryOfItem) {
        String id = text(session, "id");
        if (id == null) {
            throw new InvalidProgramException("Sessionize: a session has no id (title: " + text(session, "title")
                    + ")");
        }
        Map<String, Object> extra = ProgramFields.unmapped(session, MAPPED);
        Map<String, List<String>> otherCategories = new LinkedHashMap<>();
        String lang = null;
        String track = null;
        String kind = null;
        for (JsonNode itemId : session.path("categoryItems")) {
            Category category = categoryOfItem.get(itemId.asString());
            if (category == null) {
                continue;
            }
            String title = category.title.toLowerCase(Locale.ROOT);
            if (title.contains("language") || title.contains("langue")) {
                lang = category.item;
            } else if (title.contains("track") || title.contains("topic") || title.contains("thème")) {
                track = category.item;
            } else if (title.contains("format") || title.contains("type")) {
                kind = ProgramFields.kind(category.item);
            } else {
                otherCategories.computeIfAbsent(category.title, k -> new ArrayList<>()).add(category.item);
            }
        }
        if (!otherCategories.isEmpty()) {
            extra.put("categories", otherCategories);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode speakerId : session.path("speakers")) {
            String name = speakers.get(speakerId.isObject() ? speakerId.path("id").asString() : speakerId.asString());
            if (name != null && !name.isBlank()) {
                names.add(name);
            }
        }
        return new ProgramItem(id, text(session, "title"), text(session, "description"), lang, kind, names, track,
                rooms.get(session.path("roomId").asString()), ProgramFields.time("startsAt", text(session, "startsAt")),
                ProgramFields.time("endsAt", text(session, "endsAt")), extra);
    }

    private record Category(String title, String item) {
    }
}
