package dev.passerelle.intake.program;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The program formats we read; stored and named in the API by {@link #id()}. */
public enum ProgramFormat {
    SCHEDULE_JSON("schedule-json"), SCHEDULE_XML("schedule-xml"), PRETALX_API("pretalx-api"),
    SESSIONIZE("sessionize"), CSV("csv");

    private final String id;

    ProgramFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ProgramFormat fromId(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("format must be one of "
                        + Arrays.stream(values()).map(ProgramFormat::id).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }

    /** Guesses the format from the first bytes, for uploads that do not say. */
    public static ProgramFormat detect(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("<")) {
            return SCHEDULE_XML;
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            String compact = head.replaceAll("\\s+", "");
            if (compact.startsWith("{\"schedule\"") || compact.contains("\"schedule\":{")) {
                return SCHEDULE_JSON;
            }
            if (compact.contains("\"sessions\":[") || compact.contains("\"speakers\":[")
                    && compact.contains("\"rooms\":[")) {
                return SESSIONIZE;
            }
            return PRETALX_API;
        }
        return CSV;
    }
}
