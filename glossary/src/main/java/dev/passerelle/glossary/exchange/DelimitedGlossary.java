package dev.passerelle.glossary.exchange;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Property;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CSV (RFC 4180) and TSV glossaries with a header row, in one of two layouts: one row per term
 * ({@code concept_id,lang,term,status,…}, what export writes) or one row per concept with a column per language
 * ({@code en,fr}, each cell the preferred term). Of the kept TBX properties only the subject field has a column.
 */
final class DelimitedGlossary {

    static final List<String> COLUMNS = List.of("concept_id", "subject_field", "lang", "term", "status",
            "part_of_speech", "case_sensitive", "do_not_translate", "definition", "note", "source");
    private static final String SUBJECT_FIELD = "subjectField";
    private static final Pattern LANGUAGE_COLUMN = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private final char separator;

    DelimitedGlossary(GlossaryFormat format) {
        this.separator = format == GlossaryFormat.TSV ? '\t' : ',';
    }

    List<Concept> read(String content) {
        List<List<String>> rows = rows(content);
        if (rows.isEmpty()) {
            throw new InvalidGlossaryFileException("The file is empty: a header row is expected");
        }
        List<String> header = rows.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<List<String>> body = rows.subList(1, rows.size());
        return header.contains("term") ? perTerm(header, body) : perConcept(header, body);
    }

    private List<Concept> perTerm(List<String> header, List<List<String>> rows) {
        int lang = required(header, "lang");
        int text = required(header, "term");
        Map<String, List<Term>> concepts = new LinkedHashMap<>();
        Map<String, String> subjects = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 2;
            String id = cell(row, header.indexOf("concept_id"));
            String key = id == null ? "c" + line : id;
            String subject = cell(row, header.indexOf("subject_field"));
            if (subject != null) {
                subjects.putIfAbsent(key, subject);
            }
            try {
                concepts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Term(cell(row, lang), cell(row, text),
                        cell(row, header.indexOf("part_of_speech")), status(cell(row, header.indexOf("status"))),
                        bool(cell(row, header.indexOf("case_sensitive"))), bool(cell(row, header.indexOf("do_not_translate"))),
                        cell(row, header.indexOf("definition")), cell(row, header.indexOf("note")),
                        cell(row, header.indexOf("source")), List.of()));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidGlossaryFileException("Row " + line + ": " + reason(e), e);
            }
        }
        List<Concept> result = new ArrayList<>();
        concepts.forEach((id, terms) -> result.add(new Concept(id, subjects.containsKey(id)
                ? List.of(Property.of(SUBJECT_FIELD, subjects.get(id))) : List.of(), terms)));
        return result;
    }

    private List<Concept> perConcept(List<String> header, List<List<String>> rows) {
        List<Integer> languages = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (LANGUAGE_COLUMN.matcher(header.get(c)).matches()) {
                languages.add(c);
            }
        }
        if (languages.isEmpty()) {
            throw new InvalidGlossaryFileException("The header needs a 'term' and a 'lang' column, or one column per"
                    + " language (en, fr…); found " + header);
        }
        List<Concept> result = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<Term> terms = new ArrayList<>();
            for (int c : languages) {
                String text = cell(row, c);
                if (text != null) {
                    terms.add(Term.preferred(header.get(c), text));
                }
            }
            if (!terms.isEmpty()) {
                String id = cell(row, header.indexOf("concept_id"));
                result.add(new Concept(id == null ? "c" + (r + 2) : id, List.of(), terms));
            }
        }
        return result;
    }

    void write(List<Concept> concepts, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            line(writer, COLUMNS);
            for (Concept concept : concepts) {
                String subject = concept.subjectField().orElse("");
                for (Term t : concept.terms()) {
                    line(writer, List.of(concept.id(), subject, t.lang(), t.text(), t.status().name().toLowerCase(Locale.ROOT),
                            orEmpty(t.partOfSpeech()), Boolean.toString(t.caseSensitive()),
                            Boolean.toString(t.doNotTranslate()), orEmpty(t.definition()), orEmpty(t.note()),
                            orEmpty(t.source())));
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(escape(cells.get(i)));
        }
        writer.write("\r\n");
    }

    private String escape(String cell) {
        if (separator == '\t') {
            return cell.replaceAll("[\t\r\n]+", " "); // TSV has no quoting: a field never holds a tab or newline
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** RFC 4180 rows for CSV (quoted fields may hold separators, quotes and newlines); plain split lines for TSV. */
    private List<List<String>> rows(String content) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean csv = separator == ',';
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (csv && c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidGlossaryFileException("A quoted field is never closed (row " + (rows.size() + 1) + ")");
        }
        endRow(rows, row, cell);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.getFirst().isBlank())) {
            rows.add(row);
        }
    }

    private static int required(List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new InvalidGlossaryFileException("The header has no '" + column + "' column; expected " + COLUMNS);
        }
        return index;
    }

    private static String cell(List<String> row, int index) {
        if (index < 0 || index >= row.size() || row.get(index).isBlank()) {
            return null;
        }
        return row.get(index).strip();
    }

    private static TermStatus status(String value) {
        if (value == null) {
            return TermStatus.ADMITTED;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (TermStatus status : TermStatus.values()) {
            if (status.name().equalsIgnoreCase(lower)) {
                return status;
            }
        }
        if (lower.startsWith("deprecated") || lower.startsWith("superseded") || lower.contains("-admn-sts")) {
            return TbxCategories.status(lower);
        }
        throw new IllegalArgumentException("unknown status '" + value + "' (preferred, admitted or forbidden)");
    }

    private static boolean bool(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y", "x" -> true;
            case "false", "no", "0", "n" -> false;
            default -> throw new IllegalArgumentException("'" + value + "' is not true or false");
        };
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? "missing value" : e.getMessage();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
