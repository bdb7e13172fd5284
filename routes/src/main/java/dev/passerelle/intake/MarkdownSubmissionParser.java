package dev.passerelle.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a session written as Markdown with YAML front matter (title, speakers, kind, lang, track, room, start, end,
 * id); the body is the abstract or transcript. Bytes must be UTF-8.
 */
@Component
public class MarkdownSubmissionParser {

    private static final String FENCE = "---";

    public SessionSubmission parse(byte[] bytes, String fallbackId) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n");
        if (!text.startsWith(FENCE + "\n")) {
            throw new InvalidSubmissionException("front matter", "the file must start with a '---' line, then "
                    + "YAML (title, lang, speakers, kind, track, start), then a closing '---' line");
        }
        int close = text.indexOf("\n" + FENCE + "\n", FENCE.length());
        int bodyStart = close + FENCE.length() + 2;
        if (close < 0 && text.endsWith("\n" + FENCE)) {
            close = text.length() - FENCE.length() - 1;
            bodyStart = text.length();
        }
        if (close < 0) {
            throw new InvalidSubmissionException("front matter", "no closing '---' line");
        }
        Map<String, Object> front = yaml(text.substring(FENCE.length() + 1, close + 1));
        String id = string(front, "id");
        return new SessionSubmission(id == null ? fallbackId : id, string(front, "title"), text.substring(bodyStart),
                string(front, "lang"), string(front, "kind"), speakers(front.get("speakers")),
                string(front, "track"), string(front, "room"), time(front, "start"), time(front, "end"));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSubmissionException("body", "is not valid UTF-8");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String source) {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        try {
            Object parsed = new Yaml(new SafeConstructor(options)).load(source);
            if (parsed == null) {
                return Map.of();
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new InvalidSubmissionException("front matter", "must be YAML key: value lines");
            }
            return (Map<String, Object>) map;
        } catch (YAMLException e) {
            throw new InvalidSubmissionException("front matter", "is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String string(Map<String, Object> front, String key) {
        Object value = front.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof Collection) {
            throw new InvalidSubmissionException(key, "must be a single value");
        }
        return value.toString();
    }

    private static List<String> speakers(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString().split("\\s*,\\s*"));
    }

    private static OffsetDateTime time(Map<String, Object> front, String key) {
        Object value = front.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC);
        }
        return parseTime(key, value.toString());
    }

    /** ISO-8601 with offset, or local date-time / date taken as UTC. */
    public static OffsetDateTime parseTime(String field, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException local) {
                try {
                    return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException date) {
                    throw new InvalidSubmissionException(field, "must be an ISO-8601 date-time such as "
                            + "2026-06-12T09:30:00+02:00, not '" + value + "'");
                }
            }
        }
    }
}
