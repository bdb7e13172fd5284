package dev.passerelle.intake.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV with a header row (comma or semicolon separated, as spreadsheets export it). Column names are matched
 * case-insensitively with common aliases; an id column is required so that re-importing updates, never duplicates.
 * Speakers are separated by ";" or "|" (or "," in a semicolon-separated file); other columns are kept as extras.
 */
@Component
class CsvProgramParser implements ProgramParser {

    private static final Map<String, List<String>> ALIASES = Map.of(
            "id", List.of("id", "externalid", "external_id", "code", "guid", "session id", "session_id"),
            "title", List.of("title", "titre", "session title"),
            "abstract", List.of("abstract", "résumé", "resume", "summary"),
            "description", List.of("description"),
            "lang", List.of("lang", "language", "langue", "locale", "content_locale"),
            "kind", List.of("kind", "type", "format", "session type", "session format"),
            "speakers", List.of("speakers", "speaker", "intervenants", "orateurs"),
            "track", List.of("track", "thème", "theme"),
            "room", List.of("room", "salle"),
            "start", List.of("start", "starts", "startsat", "starts_at", "début", "debut"));
    private static final List<String> END = List.of("end", "ends", "endsat", "ends_at", "fin");

    private static final CsvMapper CSV = CsvMapper.builder().build();

    @Override
    public ProgramFormat format() {
        return ProgramFormat.CSV;
    }

    @Override
    public List<ProgramItem> parse(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char separator = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator)).readValues(text)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        } catch (JacksonException e) {
            throw new InvalidProgramException("CSV: " + e.getOriginalMessage(), e);
        }
        Map<String, String> columns = columns(Arrays.stream(header.split(String.valueOf(separator)))
                .map(h -> h.strip().replace("\"", "")).toList());
        if (!columns.containsKey("id") || !columns.containsKey("title")) {
            throw new InvalidProgramException("CSV: the header row needs an id column (for re-imports) and a title "
                    + "column; found " + header.strip());
        }
        List<ProgramItem> items = new ArrayList<>();
        for (Map<String, String> row : rows) {
            items.add(item(row, columns, separator, items.size() + 2));
        }
        return items;
    }

    private static ProgramItem item(Map<String, String> row, Map<String, String> columns, char separator, int line) {
        String id = value(row, columns, "id");
        if (id == null) {
            throw new InvalidProgramException("CSV line " + line + ": the id is empty");
        }
        Map<String, Object> extra = new LinkedHashMap<>(row);
        columns.values().forEach(extra::remove);
        extra.values().removeIf(v -> v == null || v.toString().isBlank());
        String speakers = value(row, columns, "speakers");
        String split = separator == ';' ? "[;|,]" : "[;|]";
        var start = ProgramFields.time("start", value(row, columns, "start"));
        return new ProgramItem(id, value(row, columns, "title"),
                ProgramFields.text(value(row, columns, "abstract"), value(row, columns, "description")),
                value(row, columns, "lang"), ProgramFields.kind(value(row, columns, "kind")),
                speakers == null ? List.of() : Arrays.stream(speakers.split(split)).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                value(row, columns, "track"), value(row, columns, "room"), start,
                columns.containsKey("end") ? ProgramFields.time("end", value(row, columns, "end"))
                        : ProgramFields.end(start, value(row, columns, "duration")),
                extra);
    }

    /** Our field name → the file's column name. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : header) {
            String name = column.toLowerCase(Locale.ROOT);
            ALIASES.forEach((field, aliases) -> {
                if (aliases.contains(name)) {
                    columns.putIfAbsent(field, column);
                }
            });
            if (END.contains(name)) {
                columns.putIfAbsent("end", column);
            } else if (name.equals("duration") || name.equals("durée")) {
                columns.putIfAbsent("duration", column);
            }
        }
        return columns;
    }

    private static String value(Map<String, String> row, Map<String, String> columns, String field) {
        String column = columns.get(field);
        String value = column == null ? null : row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
