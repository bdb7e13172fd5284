package dev.passerelle.intake.program;

import static dev.passerelle.intake.program.ProgramFields.localized;
import static dev.passerelle.intake.program.ProgramFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * pretalx REST API talk objects ({@code /api/events/{event}/talks/}): a page {"results": […]}, an array, or one
 * talk. Multilingual fields {"en": …, "fr": …} are read in the talk's {@code content_locale}; the other
 * languages' texts stay in the extra fields.
 */
@Component
class PretalxApiParser implements ProgramParser {

    private static final Set<String> MAPPED = Set.of("code", "title", "abstract", "description", "content_locale",
            "submission_type", "track", "slot", "speakers", "duration");

    @Override
    public ProgramFormat format() {
        return ProgramFormat.PRETALX_API;
    }

    @Override
    public List<ProgramItem> parse(byte[] body) {
        JsonNode root = ProgramFields.readJson(body, "pretalx API response");
        JsonNode talks = root.isArray() ? root : root.has("results") ? root.get("results") : null;
        List<ProgramItem> items = new ArrayList<>();
        if (talks == null) {
            if (!root.has("code")) {
                throw new InvalidProgramException("pretalx API: expected talks (a page with results, an array, or "
                        + "one talk with a code)");
            }
            items.add(item(root));
        } else {
            for (JsonNode talk : talks) {
                items.add(item(talk));
            }
        }
        return items;
    }

    private static ProgramItem item(JsonNode talk) {
        String code = text(talk, "code");
        if (code == null) {
            throw new InvalidProgramException("pretalx API: a talk has no code (title: " + talk.path("title") + ")");
        }
        String lang = text(talk, "content_locale");
        JsonNode slot = talk.path("slot");
        var start = slot.isObject() ? ProgramFields.time("slot.start", text(slot, "start")) : null;
        var end = slot.isObject() ? ProgramFields.time("slot.end", text(slot, "end")) : null;
        List<String> speakers = new ArrayList<>();
        for (JsonNode speaker : talk.path("speakers")) {
            String name = speaker.isObject() ? text(speaker, "name") : speaker.asString();
            if (name != null && !name.isBlank()) {
                speakers.add(name);
            }
        }
        Map<String, Object> extra = ProgramFields.unmapped(talk, MAPPED);
        for (String field : List.of("title", "abstract", "description")) {
            if (talk.path(field).isObject()) {
                extra.put(field + "_translations", ProgramFields.JSON.convertValue(talk.get(field), Map.class));
            }
        }
        return new ProgramItem(code, localized(talk.get("title"), lang),
                ProgramFields.text(localized(talk.get("abstract"), lang), localized(talk.get("description"), lang)),
                lang, ProgramFields.kind(named(talk.get("submission_type"), lang)), speakers,
                named(talk.get("track"), lang), slot.isObject() ? named(slot.get("room"), lang) : null, start, end,
                extra);
    }

    /** A name that pretalx gives as a string, a multilingual object, or an object with a (multilingual) name. */
    private static String named(JsonNode node, String lang) {
        if (node != null && node.isObject() && node.has("name")) {
            return localized(node.get("name"), lang);
        }
        return node == null || node.isNumber() ? null : localized(node, lang);
    }
}
