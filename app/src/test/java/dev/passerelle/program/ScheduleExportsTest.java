package dev.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passerelle.event.Event;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleExportsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Event EVENT = new Event(1, "devops-paris", "DevOps Paris, 2026 edition", List.of("en", "fr"),
            LocalDate.of(2026, 6, 11), LocalDate.of(2026, 6, 12), Instant.parse("2026-01-01T00:00:00Z"));

    private final Program program = new Program(EVENT, "fr", PARIS, List.of(
            session(1, "Déploiement continu, sans peur ; vraiment", "en", true, false, "Salle Turing",
                    at(11, 10, 0), at(11, 10, 40)),
            session(2, "Mon astreinte en cinq minutes", "fr", false, false, "Salle Lovelace", at(11, 14, 0), null),
            session(3, "Observability beyond dashboards: an untranslated title long enough to need folding in ics",
                    "en", false, true, null, at(12, 9, 30), at(12, 10, 15)),
            session(4, "Forum ouvert", "fr", false, false, null, null, null)));

    @Test
    void scheduleJsonFollowsTheC3vocSchema() throws Exception {
        String json = new ObjectMapper().writeValueAsString(ScheduleJson.of(program, "https://program.example.org"));
        ScheduleValidation.assertValidJson(json);
        assertThat(json).contains("\"acronym\":\"devops_paris\"", "\"time_zone_name\":\"Europe/Paris\"",
                "\"date\":\"2026-06-11T10:00:00+02:00\"", "\"duration\":\"00:40\"", "\"language\":\"en\"",
                "\"url\":\"https://program.example.org/devops-paris/fr/sessions/1\"", "\"TBA\"")
                .doesNotContain("Forum ouvert");
    }

    @Test
    void scheduleJsonSchemaCheckRejectsABrokenExport() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = ScheduleJson.of(program, "https://program.example.org");
        ((Map<String, Object>) root.get("schedule")).remove("version");
        String json = new ObjectMapper().writeValueAsString(root);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScheduleValidation.assertValidJson(json))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void scheduleXmlFollowsTheC3vocXsd() {
        String xml = ScheduleXml.of(program, "https://program.example.org");
        ScheduleValidation.assertValidXml(xml);
        assertThat(xml).contains("<day index=\"1\" date=\"2026-06-11\" start=\"2026-06-11T10:00:00+02:00\"",
                "<room name=\"Salle Turing\"", "<title>Déploiement continu, sans peur ; vraiment</title>",
                "<duration>00:30</duration>", "<person guid=");
    }

    @Test
    void emptyProgramStillGivesValidExports() throws Exception {
        var empty = new Program(EVENT, "en", PARIS, List.of());
        ScheduleValidation.assertValidXml(ScheduleXml.of(empty, "http://localhost:8080"));
        ScheduleValidation.assertValidJson(new ObjectMapper()
                .writeValueAsString(ScheduleJson.of(empty, "http://localhost:8080")));
    }

    @Test
    void icsHasOneEventPerScheduledSessionWithStableUids() {
        String first = ScheduleIcs.of(program, "https://p.example.org", Instant.parse("2026-05-01T08:00:00Z"));
        String again = ScheduleIcs.of(program, "https://p.example.org", Instant.parse("2026-05-02T08:00:00Z"));
        assertThat(count(first, "BEGIN:VEVENT")).isEqualTo(3);
        assertThat(uids(first)).hasSize(3).doesNotHaveDuplicates().isEqualTo(uids(again));
        assertThat(first).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART:20260611T080000Z", "DTEND:20260611T084000Z", "DTEND:20260611T123000Z");
    }

    @Test
    void icsEscapesTextAndFoldsLongLinesWithoutSplittingCharacters() {
        String ics = ScheduleIcs.of(program, "https://p.example.org", Instant.parse("2026-05-01T08:00:00Z"));
        assertThat(ics).contains("SUMMARY:Déploiement continu\\, sans peur \\; vraiment");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Observability beyond dashboards: an untranslated title long enough "
                + "to need folding in ics", "DESCRIPTION:Alice Martin\\n\\nAbstract of session 1 with Markdown");
    }

    @Test
    void icsLineFoldingCountsOctetsNotCharacters() {
        var out = new StringBuilder();
        ScheduleIcs.line(out, "SUMMARY:" + "é".repeat(60));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0].getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(75);
        assertThat(lines[1]).startsWith(" é");
        assertThat(String.join("", lines).replace(" é", "é")).isEqualTo("SUMMARY:" + "é".repeat(60));
    }

    private static ProgramSession session(long id, String title, String original, boolean translated,
                                          boolean untranslated, String room, ZonedDateTime start, ZonedDateTime end) {
        return new ProgramSession(id, title, "Abstract of session " + id + " with *Markdown*", id == 2 ? "ignite" : "talk",
                untranslated ? original : "fr", original, translated, untranslated, List.of("Alice Martin"),
                id == 2 ? null : "Delivery", room, start, end);
    }

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 6, day, hour, minute, 0, 0, PARIS);
    }

    private static long count(String text, String needle) {
        return Arrays.stream(text.split("\r\n")).filter(needle::equals).count();
    }

    private static List<String> uids(String ics) {
        return Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith("UID:")).toList();
    }
}
