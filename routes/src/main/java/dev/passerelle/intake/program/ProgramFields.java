package dev.passerelle.intake.program;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the program parsers share: kind names, frab durations, multilingual JSON fields, unmapped fields. */
final class ProgramFields {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ProgramFields() {
    }

    /** Our kind id for a CFP tool's session type ("Talk 30 min + 10min Q&A", "LightningTalk", "Workshop 60 Min"). */
    static String kind(String declared) {
        if (declared == null) {
            return null;
        }
        String type = declared.toLowerCase(Locale.ROOT);
        if (type.contains("keynote")) {
            return "keynote";
        }
        if (type.contains("workshop") || type.contains("atelier") || type.contains("hands-on")) {
            return "workshop";
        }
        if (type.contains("ignite") || type.contains("lightning") || type.contains("éclair")) {
            return "ignite";
        }
        if (type.contains("open space") || type.contains("open-space") || type.contains("openspace")
                || type.contains("unconference")) {
            return "open-space";
        }
        return "talk";
    }

    /** The end of a session starting at {@code start} lasting a frab duration "HH:MM" or "HH:MM:SS". */
    static OffsetDateTime end(OffsetDateTime start, String duration) {
        if (start == null || duration == null || duration.isBlank()) {
            return null;
        }
        String[] parts = duration.strip().split(":");
        try {
            Duration length = switch (parts.length) {
                case 2 -> Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]));
                case 3 -> Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                        .plusSeconds(Long.parseLong(parts[2]));
                default -> throw new NumberFormatException();
            };
            return length.isZero() ? null : start.plus(length);
        } catch (NumberFormatException e) {
            throw new InvalidProgramException("duration must be HH:MM, not '" + duration + "'");
        }
    }

    /** The abstract and the longer description as one text, each once. */
    static String text(String abstractText, String description) {
        if (blank(abstractText)) {
            return description;
        }
        if (blank(description) || description.strip().equals(abstractText.strip())) {
            return abstractText;
        }
        return abstractText.strip() + "\n\n" + description.strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A text field, or null when missing, JSON null or blank. */
    static String text(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull() || node.isContainer()) {
            return null;
        }
        String value = node.asString();
        return value.isBlank() ? null : value;
    }

    /**
     * A field that is either a string or pretalx's multilingual object {"en": …, "fr": …}: the text in
     * {@code lang} when given, else English, French, or the first language there is.
     */
    static String localized(JsonNode node, String lang) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            for (String candidate : new String[] {lang, "en", "fr"}) {
                if (candidate != null && node.hasNonNull(candidate) && !node.get(candidate).asString().isBlank()) {
                    return node.get(candidate).asString();
                }
            }
            return node.propertyStream().map(e -> e.getValue().asString()).filter(v -> !v.isBlank()).findFirst()
                    .orElse(null);
        }
        String value = node.asString();
        return value.isBlank() ? null : value;
    }

    /** Every field of {@code object} not in {@code mapped}, as plain Java values. */
    static Map<String, Object> unmapped(JsonNode object, Set<String> mapped) {
        Map<String, Object> extra = new LinkedHashMap<>();
        object.propertyStream().filter(e -> !mapped.contains(e.getKey()))
                .forEach(e -> extra.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
        return extra;
    }

    static JsonNode readJson(byte[] body, String format) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidProgramException(format + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static OffsetDateTime time(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return dev.passerelle.intake.MarkdownSubmissionParser.parseTime(field, value.strip());
        } catch (RuntimeException e) {
            throw new InvalidProgramException(e.getMessage(), e);
        }
    }
}
