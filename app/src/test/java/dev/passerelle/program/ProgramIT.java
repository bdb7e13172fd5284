package dev.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import dev.passerelle.event.Events;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.publish.Publisher;
import dev.passerelle.search.SearchIndex;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public program over real HTTP, against the real database and Elasticsearch: pages and exports per language,
 * search across languages, and the index kept in step when a session is withdrawn, restored or re-indexed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProgramIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @LocalServerPort
    int port;
    @Autowired
    Events events;
    @Autowired
    SessionRepository sessions;
    @Autowired
    Publisher publisher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    TransactionTemplate transaction;

    String event;
    long talk;
    long ignite;
    long observability;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void publishProgram() {
        var program = new PublishedProgram(events, sessions, jdbc, transaction, publisher, elasticsearch);
        event = program.event;
        talk = program.talk;
        ignite = program.ignite;
        observability = program.observability;
    }

    @Nested
    class Pages {

        @Test
        void scheduleListsEveryPublishedSessionByDayInThePageLanguage() {
            String en = page("/" + event + "/en/");
            assertThat(en).contains("Continuous deployment without fear", "Observability beyond dashboards",
                    "Thursday 11 June", "Friday 12 June", "10:00–10:40", "Salle Turing", "Delivery",
                    "hreflang=\"fr\" href=\"http://localhost:" + port + "/" + event + "/fr/\"");
            // Not approved in English yet: the French original, flagged.
            assertThat(en).contains("Mon astreinte en cinq minutes", "Not yet translated");
            String fr = page("/" + event + "/fr/");
            assertThat(fr).contains("Déploiement continu sans peur", "jeudi 11 juin", "English version")
                    .doesNotContain("Continuous deployment without fear");
        }

        @Test
        void scheduleFiltersByTrackAndRoom() {
            String delivery = page("/" + event + "/en/?track=Delivery");
            assertThat(delivery).contains("Continuous deployment without fear")
                    .doesNotContain("Observability beyond dashboards", "Mon astreinte");
            String lovelace = page("/" + event + "/en/?room=Salle+Lovelace");
            assertThat(lovelace).contains("Mon astreinte").doesNotContain("Continuous deployment without fear");
        }

        @Test
        void sessionPageSaysWhatItWasTranslatedFrom() {
            String fr = page("/" + event + "/fr/sessions/" + talk);
            assertThat(fr).contains("Déploiement continu sans peur", "<strong>petits changements</strong>",
                    "Traduit de l&#39;anglais", "Alice Martin", "href=\"http://localhost:" + port + "/" + event
                            + "/en/sessions/" + talk + "\"");
            String en = page("/" + event + "/en/sessions/" + ignite);
            assertThat(en).contains("Mon astreinte en cinq minutes", "Not yet translated", "Ignite");
        }

        @Test
        void unknownEventOrSessionIsAnHtmlNotFound() {
            HttpResponse<String> noEvent = get("/no-such-event/fr/");
            assertThat(noEvent.statusCode()).isEqualTo(404);
            assertThat(noEvent.body()).contains("Page introuvable");
            assertThat(get("/" + event + "/en/sessions/999999999").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class Exports {

        @Test
        void scheduleJsonAndXmlAreValidFrabSchedules() {
            HttpResponse<String> json = get("/" + event + "/fr/schedule.json");
            assertThat(json.statusCode()).isEqualTo(200);
            ScheduleValidation.assertValidJson(json.body());
            assertThat(json.body()).contains("Déploiement continu sans peur", "\"daysCount\":2");
            HttpResponse<String> xml = get("/" + event + "/en/schedule.xml");
            assertThat(xml.statusCode()).isEqualTo(200);
            ScheduleValidation.assertValidXml(xml.body());
            assertThat(xml.body()).contains("<title>Observability beyond dashboards</title>");
        }

        @Test
        void icsHasOneEventPerSession() {
            HttpResponse<String> ics = get("/" + event + "/en/schedule.ics");
            assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
            assertThat(ics.body().split("BEGIN:VEVENT", -1)).hasSize(4);
            assertThat(ics.body()).contains("SUMMARY:Continuous deployment without fear");
        }
    }

    @Nested
    class Search {

        @Test
        void frenchQueryFindsTheEnglishTalkThroughItsTranslation() {
            Map<String, Object> result = search("déploiement continu", "fr", "");
            List<Map<String, Object>> hits = hits(result);
            assertThat(hits.getFirst()).containsEntry("sessionId", (int) talk).containsEntry("lang", "fr")
                    .containsEntry("originalLang", "en");
            assertThat((String) hits.getFirst().get("title")).contains("<mark>Déploiement");
        }

        @Test
        void prefixesTyposAndSpeakerNamesFindSessions() {
            assertThat(ids(search("obser", "en", ""))).first().isEqualTo(observability);
            assertThat(ids(search("observabilty", "en", ""))).first().isEqualTo(observability);
            assertThat(ids(search("elodie garn", "fr", ""))).first().isEqualTo(observability);
        }

        @Test
        void facetsCountAndFiltersCombineWithTheQuery() {
            Map<String, Object> all = search("salle turing OR astreinte OR deploiement OR observabilite", "fr", "");
            assertThat(JSON.writeValueAsString(all.get("facets"))).contains("{\"value\":\"talk\",\"count\":2}");
            assertThat(ids(search("astreinte déploiement", "fr", "&kind=ignite"))).containsExactly(ignite);
            assertThat(ids(search("déploiement", "fr", "&kind=ignite"))).isEmpty();
            assertThat(ids(search("déploiement observabilité astreinte", "fr", "&day=2026-06-12")))
                    .containsExactly(observability);
        }

        @Test
        void chosenTrackStillListsTheOtherTracksWhileOtherFacetsCountOnlyItsSessions() {
            String q = "déploiement observabilité astreinte";
            Map<String, Object> delivery = search(q, "fr", "&track=Delivery");

            assertThat(ids(delivery)).containsExactly(talk);
            assertThat(((Number) delivery.get("total")).longValue()).isEqualTo(1);
            assertThat(counts(delivery, "track"))
                    .containsOnly(Map.entry("Delivery", 1L), Map.entry("Culture", 1L), Map.entry("Operations", 1L));
            assertThat(counts(delivery, "kind")).containsOnly(Map.entry("talk", 1L));
            assertThat(counts(delivery, "day")).containsOnly(Map.entry("2026-06-11", 1L));
            assertThat(counts(delivery, "original")).containsOnly(Map.entry("en", 1L));

            // Two tracks are alternatives; the day narrows both the hits and the track counts.
            Map<String, Object> twoTracks = search(q, "fr", "&track=Delivery&track=Operations&day=2026-06-12");
            assertThat(ids(twoTracks)).containsExactly(observability);
            assertThat(counts(twoTracks, "track")).containsOnly(Map.entry("Operations", 1L));
            assertThat(counts(twoTracks, "day")).containsOnly(Map.entry("2026-06-11", 1L), Map.entry("2026-06-12", 1L));
        }

        @Test
        void postFilteredResultsStillPageWithSearchAfter() {
            String q = "déploiement observabilité astreinte";
            var seen = new ArrayList<Long>();
            String after = null;
            do {
                Map<String, Object> page = search(q, "fr", "&track=Delivery&track=Operations&size=1"
                        + (after == null ? "" : "&after=" + after));
                seen.addAll(ids(page));
                assertThat(counts(page, "track")).containsKeys("Delivery", "Operations", "Culture");
                after = (String) page.get("next");
            } while (after != null && seen.size() < 10);
            assertThat(seen).containsExactlyInAnyOrder(talk, observability);
        }

        @Test
        void searchPageKeepsTheOtherValuesOfAChosenFacetToChooseFrom() {
            String html = page("/" + event + "/fr/search?q=" + encode("déploiement observabilité astreinte")
                    + "&track=Delivery");
            assertThat(html).contains("/" + event + "/fr/sessions/" + talk)
                    .doesNotContain("/" + event + "/fr/sessions/" + observability + "\"");
            assertThat(html).containsPattern("(?s)<li class=\"selected\">\\s*<a [^>]*aria-checked=\"true\">.{0,200}"
                    + "Delivery</span>");
            // Choosing Operations too keeps Delivery chosen: the link carries both tracks.
            assertThat(html).containsPattern("href=\"[^\"]*track=Delivery[^\"]*track=Operations\"");
            assertThat(html).contains("Culture");
        }

        @Test
        void pagesFollowOneAnotherWithSearchAfter() {
            String q = "déploiement observabilité astreinte";
            var seen = new ArrayList<Long>();
            String after = null;
            do {
                Map<String, Object> page = search(q, "fr", "&size=1" + (after == null ? "" : "&after=" + after));
                seen.addAll(ids(page));
                after = (String) page.get("next");
            } while (after != null && seen.size() < 10);
            assertThat(seen).containsExactlyInAnyOrder(talk, ignite, observability);
        }

        @Test
        void badCursorIsABadRequest() {
            assertThat(get("/api/search?q=x&after=not-a-cursor").statusCode()).isEqualTo(400);
        }

        @Test
        void searchPageWorksWithoutJavaScriptAndKeepsTheQueryAcrossLanguages() {
            String fr = page("/" + event + "/fr/search?q=" + encode("déploiement continu"));
            assertThat(fr).contains("/" + event + "/fr/sessions/" + talk, "<mark>Déploiement",
                    "sessions trouvées", "hreflang=\"en\" href=\"http://localhost:" + port + "/"
                            + event + "/en/search?q=");
        }
    }

    @Nested
    class KeptInStep {

        @Test
        void withdrawnSessionLeavesPagesExportsAndSearchUntilRestored() {
            ApiClient admin = TestServices.admin(port);
            String publication = "/api/events/" + event + "/sessions/" + observability + "/publication";
            assertThat(send("DELETE", publication, null).statusCode()).isEqualTo(401);
            assertThat(asAdmin("DELETE", publication).body()).isEqualTo("{\"withdrawn\":true}");
            assertThat(asAdmin("DELETE", publication).body()).isEqualTo("{\"withdrawn\":false}");

            await().atMost(Duration.ofSeconds(5)).until(() -> !ids(search("observability", "en", ""))
                    .contains(observability));
            assertThat(page("/" + event + "/en/")).doesNotContain("Observability beyond dashboards");
            assertThat(get("/" + event + "/en/sessions/" + observability).statusCode()).isEqualTo(404);
            assertThat(get("/" + event + "/en/schedule.json").body()).doesNotContain("Observability");

            // A full re-index rebuilds from what is published: still without the withdrawn session.
            Map<String, Object> report = admin.post("/api/admin/search/reindex", Map.of()).getBody();
            assertThat(((Number) report.get("documents")).longValue()).isGreaterThanOrEqualTo(2);
            assertThat((String) report.get("index")).startsWith(SearchIndex.ALIAS + "-v" + SearchIndex.MAPPING_VERSION);
            assertThat(ids(search("déploiement continu", "fr", ""))).contains(talk);
            assertThat(ids(search("observability", "en", ""))).doesNotContain(observability);

            // Restored: back in line for the publisher (which republishes from approved segments).
            assertThat(asAdmin("PUT", publication).statusCode()).isEqualTo(202);
            assertThat(jdbc.sql("select count(*) from publication where session_id = ? and withdrawn_at is null")
                    .param(observability).query(Long.class).single()).isEqualTo(2);
        }
    }

    private Map<String, Object> search(String q, String lang, String more) {
        HttpResponse<String> response = get("/api/search?q=" + encode(q) + "&lang=" + lang + "&event=" + event
                + more);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), MAP);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("hits");
    }

    /** One facet's counts by value, as the API returned them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts(Map<String, Object> result, String facet) {
        var facets = (Map<String, List<Map<String, Object>>>) result.get("facets");
        var counts = new java.util.LinkedHashMap<String, Long>();
        facets.get(facet).forEach(c -> counts.put((String) c.get("value"), ((Number) c.get("count")).longValue()));
        return counts;
    }

    private static List<Long> ids(Map<String, Object> result) {
        return hits(result).stream().map(h -> ((Number) h.get("sessionId")).longValue()).toList();
    }

    private String page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> asAdmin(String method, String path) {
        return send(method, path, ApiClient.basic("admin", TestServices.ADMIN_PASSWORD));
    }

    private HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    private HttpResponse<String> send(String method, String path, String authorization) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
