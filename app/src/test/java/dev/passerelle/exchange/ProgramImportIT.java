package dev.passerelle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** Program import over HTTP against the real database: idempotent re-imports, removals, language flags, bad files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProgramImportIT {

    private static final String HEADER = "id,title,abstract,lang,kind,speakers\n";
    private static final String TALK = "s1,Observability without the bill,\"Tracing every request is expensive. "
            + "%s Sampling keeps the signal.\",en,talk,Alice Martin\n";
    private static final String IGNITE = "s2,Déployer le vendredi,\"On nous répète qu'il ne faut jamais déployer le "
            + "vendredi.\",fr,ignite,Karim Benali\n";
    private static final String UNDECLARED = "s3,Mon astreinte en cinq minutes,\"Il est trois heures du matin et mon "
            + "téléphone sonne pour l'astreinte. Je raconte ce que nous avons changé depuis.\",,ignite,Léa\n";

    @LocalServerPort
    int port;

    ApiClient admin;
    String event;

    @BeforeEach
    void createEvent() {
        admin = TestServices.admin(port);
        event = "prog-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/events", Map.of("slug", event, "name", "Program", "languages", List.of("en", "fr")));
    }

    @Test
    void reimportUpdatesOnlyChangedSessionsReopensOnlyChangedSegmentsAndUnpublishesRemovedOnes() {
        var first = importCsv(HEADER + TALK.formatted("Storage is not free.") + IGNITE + UNDECLARED);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).containsEntry("created", 3).containsEntry("flagged", 1).containsEntry("errors", 0);
        Map<String, Object> undeclared = item(first.getBody(), "s3");
        assertThat(undeclared).containsEntry("lang", "fr")
                .containsEntry("languageFlag", "no language declared; detected fr");
        assertThat(admin.getList("/api/events/" + event + "/program/flagged").getBody()).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("externalId", "s3").containsEntry("lang", "fr"));
        long talk = ((Number) item(first.getBody(), "s1").get("sessionId")).longValue();
        long removedLater = ((Number) undeclared.get("sessionId")).longValue();

        List<Map<String, Object>> before = awaitSegments(talk, 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> !admin.getList("/api/events/" + event + "/sessions/"
                + removedLater + "/published").getBody().isEmpty());

        var second = importCsv(HEADER + TALK.formatted("Disks cost money.") + IGNITE);
        assertThat(second.getBody()).containsEntry("created", 0).containsEntry("updated", 1)
                .containsEntry("unchanged", 1).containsEntry("removed", 1);
        assertThat(item(second.getBody(), "s3")).containsEntry("outcome", "REMOVED");
        assertThat(admin.getList("/api/events/" + event + "/sessions/" + removedLater + "/published").getBody())
                .isEmpty();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> after = segments(talk);
            assertThat(after).hasSize(4);
            assertThat(after).filteredOn(s -> !"Disks cost money.".equals(s.get("source")))
                    .extracting(s -> s.get("id"))
                    .containsExactlyInAnyOrderElementsOf(before.stream()
                            .filter(s -> !"Storage is not free.".equals(s.get("source"))).map(s -> s.get("id")).toList());
        });

        var third = importCsv(HEADER + TALK.formatted("Disks cost money.") + IGNITE);
        assertThat(third.getBody()).containsEntry("unchanged", 2).containsEntry("removed", 0)
                .containsEntry("updated", 0);
        assertThat(admin.getList("/api/events/" + event + "/sessions").getBody()).hasSize(3);
    }

    @Test
    void aSessionThatCannotBeTakenIsReportedAndTheOthersGoIn() {
        var report = importCsv(HEADER + TALK.formatted("") + "bad,,\"No title here.\",en,talk,\n");

        assertThat(report.getBody()).containsEntry("created", 1).containsEntry("errors", 1);
        assertThat(item(report.getBody(), "bad")).containsEntry("outcome", "ERROR")
                .containsEntry("error", "title: must not be empty");
    }

    @Test
    void anUnreadableFileImportsNothing() {
        var truncated = admin.postBytes("/api/events/" + event + "/program?format=pretalx-api", "application/json",
                "{\"results\": [{\"code\": \"A\"".getBytes(StandardCharsets.UTF_8));
        assertThat(truncated.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(truncated.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) truncated.getBody().get("detail")).contains("not valid JSON");

        var twice = importCsv(HEADER + TALK.formatted("") + TALK.formatted("Again."));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat((String) twice.getBody().get("detail")).contains("'s1' twice");

        var unknownFormat = admin.postBytes("/api/events/" + event + "/program?format=docx", "text/csv",
                "x".getBytes(StandardCharsets.UTF_8));
        assertThat(unknownFormat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.getList("/api/events/" + event + "/sessions").getBody()).isEmpty();
    }

    @Test
    void uploadsAFileAndRecognisesItsFormat() {
        String xml = """
                <schedule><day index="1" date="2026-06-12"><room name="Grand Amphi">
                <event guid="g-1" id="1"><date>2026-06-12T09:30:00+02:00</date><duration>00:30</duration>
                <title>Observability without the bill</title><type>Keynote</type><language>en</language>
                <abstract>Tracing every request is expensive.</abstract><persons><person>Alice</person></persons>
                <slug>obs</slug></event></room></day></schedule>""";
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "schedule.xml";
            }
        });
        var response = RestClient.create("http://127.0.0.1:" + port).post()
                .uri("/api/events/" + event + "/program")
                .header("Authorization", ApiClient.basic("admin", TestServices.ADMIN_PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(ApiClient.JSON);

        assertThat(response.getBody()).containsEntry("format", "schedule-xml").containsEntry("created", 1);
        assertThat(admin.getList("/api/events/" + event + "/sessions").getBody()).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("kind", "keynote").containsEntry("room", "Grand Amphi")
                        .containsEntry("externalId", "g-1"));
    }

    @Test
    void onlyOrganisersImport() {
        var anonymous = new ApiClient(port, null, null);
        assertThat(anonymous.postBytes("/api/events/" + event + "/program", "text/csv",
                HEADER.getBytes(StandardCharsets.UTF_8)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private org.springframework.http.ResponseEntity<Map<String, Object>> importCsv(String csv) {
        return admin.postBytes("/api/events/" + event + "/program?format=csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> report, String externalId) {
        return ((List<Map<String, Object>>) report.get("items")).stream()
                .filter(i -> externalId.equals(i.get("externalId"))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> segments(long session) {
        return admin.getList("/api/events/" + event + "/segments?lang=fr&session=" + session).getBody();
    }

    private List<Map<String, Object>> awaitSegments(long session, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> segments(session), s -> s.size() == count);
    }
}
