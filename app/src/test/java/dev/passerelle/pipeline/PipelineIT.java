package dev.passerelle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * The spine end to end, over HTTP, against the real database and Elasticsearch: sessions in, segments reviewed,
 * sessions published, and each found by a query in the other language through its translation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PipelineIT {

    // Human translations, keyed by the letter-coded source segment the pipeline produces.
    private static final Map<String, String> TRANSLATIONS = Map.ofEntries(
            Map.entry("Continuous deployment of the infrastructure", "Déploiement continu de l'infrastructure"),
            Map.entry("We automate every deployment of our servers.",
                    "Nous automatisons chaque déploiement de nos serveurs."),
            Map.entry("A rollback takes a single command.", "Un retour arrière prend une seule commande."),
            Map.entry("Mon astreinte en cinq minutes", "My on-call duty in five minutes"),
            Map.entry("Il est trois heures du matin.", "It is three in the morning."),
            Map.entry("Mon téléphone sonne pour l'astreinte.", "My phone rings for the on-call duty."));

    @LocalServerPort
    int port;

    ApiClient admin;
    ApiClient anonymous;
    String event;

    @BeforeEach
    void createEvent() {
        admin = new ApiClient(port, "admin", TestServices.ADMIN_PASSWORD);
        anonymous = new ApiClient(port, null, null);
        event = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/events", Map.of("slug", event, "name", "E2E", "languages", List.of("en", "fr")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void sessionsFlowFromIntakeToBilingualSearch() {
        long talk = submit(Map.of("title", "Continuous deployment of the infrastructure",
                "abstract", "We automate every deployment of our servers. A rollback takes a single command.",
                "lang", "en", "kind", "talk", "speakers", List.of("Alice Martin"), "track", "Delivery",
                "start", "2026-06-11T10:00:00+02:00"));
        long ignite = submit(Map.of("title", "Mon astreinte en cinq minutes",
                "abstract", "Il est trois heures du matin. Mon téléphone sonne pour l'astreinte.",
                "lang", "fr", "kind", "ignite", "speakers", List.of("Élodie Garnier")));

        List<Map<String, Object>> toFrench = awaitQueued(talk, "fr", 3);
        List<Map<String, Object>> toEnglish = awaitQueued(ignite, "en", 3);
        assertThat(toFrench).allSatisfy(s -> assertThat(s).containsEntry("sourceLang", "en")
                .containsEntry("state", "IN_REVIEW").containsKeys("id", "sessionId", "field", "index", "version",
                        "provenance"));

        translateAndApprove(toFrench);
        translateAndApprove(toEnglish);

        awaitPublished(talk, "fr");
        awaitPublished(ignite, "en");

        var published = admin.getList("/api/events/" + event + "/sessions/" + talk + "/published").getBody();
        assertThat(published).anySatisfy(v -> assertThat(v).containsEntry("lang", "fr")
                .containsEntry("title", "Déploiement continu de l'infrastructure")
                .containsEntry("abstractText", "Nous automatisons chaque déploiement de nos serveurs. "
                        + "Un retour arrière prend une seule commande.")
                .containsEntry("translated", true));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(hits("déploiements", "fr")).anySatisfy(hit -> assertThat(hit)
                    .containsEntry("sessionId", (int) talk).containsEntry("originalLang", "en")
                    .containsEntry("lang", "fr").containsEntry("translated", true)
                    .hasEntrySatisfying("title", t -> assertThat((String) t).contains("<mark>Déploiement</mark>")));
            assertThat(hits("on-call phone", "en")).anySatisfy(hit -> assertThat(hit)
                    .containsEntry("sessionId", (int) ignite).containsEntry("originalLang", "fr")
                    .containsEntry("lang", "en"));
        });
    }

    @Test
    void aStaleVersionIsAConflictNotALostUpdate() {
        long talk = submit(Map.of("title", "Continuous deployment of the infrastructure",
                "abstract", "A rollback takes a single command.", "lang", "en"));
        Map<String, Object> segment = awaitQueued(talk, "fr", 2).getFirst();
        long version = ((Number) segment.get("version")).longValue();
        String path = "/api/segments/" + segment.get("id");

        assertThat(admin.put(path, version, Map.of("target", "Première version")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var stale = admin.put(path, version, Map.of("target", "Version concurrente"));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody()).containsEntry("currentVersion", (int) version + 1);
        assertThat(admin.get(path).getBody()).extractingByKey("segment")
                .satisfies(s -> assertThat(s).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                        .containsEntry("target", "Première version"));
    }

    @Test
    void reingestingKeepsApprovedSegmentsWhoseSourceDidNotChange() {
        Map<String, Object> body = Map.of("externalId", "talk-1", "title", "Continuous deployment of the infrastructure",
                "abstract", "We automate every deployment of our servers. A rollback takes a single command.",
                "lang", "en");
        long talk = submit(body);
        translateAndApprove(awaitQueued(talk, "fr", 3));
        awaitPublished(talk, "fr");

        var changed = admin.post("/api/events/" + event + "/sessions", Map.of("externalId", "talk-1",
                "title", "Continuous deployment of the infrastructure",
                "abstract", "We automate every deployment of our servers. A rollback now takes two commands.",
                "lang", "en"));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody()).containsEntry("id", (int) talk).containsEntry("outcome", "UPDATED");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> segments = segments(talk, "fr");
            assertThat(segments).hasSize(3);
            assertThat(segments).filteredOn(s -> "APPROVED".equals(s.get("state"))).extracting(s -> s.get("source"))
                    .containsExactlyInAnyOrder("Continuous deployment of the infrastructure",
                            "We automate every deployment of our servers.");
            assertThat(segments).filteredOn(s -> "IN_REVIEW".equals(s.get("state"))).extracting(s -> s.get("source"))
                    .containsExactly("A rollback now takes two commands.");
        });
        var unchanged = admin.post("/api/events/" + event + "/sessions", Map.of("externalId", "talk-1",
                "title", "Continuous deployment of the infrastructure",
                "abstract", "We automate every deployment of our servers. A rollback now takes two commands.",
                "lang", "en"));
        assertThat(unchanged.getBody()).containsEntry("outcome", "UNCHANGED");
    }

    private long submit(Map<String, Object> session) {
        var response = admin.post("/api/events/" + event + "/sessions", session);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }

    private List<Map<String, Object>> segments(long session, String lang) {
        return admin.getList("/api/events/" + event + "/segments?lang=" + lang + "&session=" + session).getBody();
    }

    private List<Map<String, Object>> awaitQueued(long session, String lang, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> segments(session, lang),
                list -> list.size() == count && list.stream().allMatch(s -> "IN_REVIEW".equals(s.get("state"))));
    }

    private void translateAndApprove(List<Map<String, Object>> segments) {
        for (Map<String, Object> segment : segments) {
            String path = "/api/segments/" + segment.get("id");
            String target = TRANSLATIONS.get((String) segment.get("source"));
            assertThat(target).as("translation of %s", segment.get("source")).isNotNull();
            var edited = admin.put(path, ((Number) segment.get("version")).longValue(), Map.of("target", target));
            assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
            var approved = admin.postWithVersion(path + "/approve",
                    ((Number) edited.getBody().get("version")).longValue(), null);
            assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(approved.getBody()).containsEntry("state", "APPROVED");
        }
    }

    private void awaitPublished(long session, String lang) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> status = admin.get("/api/events/" + event + "/sessions/" + session + "/status")
                    .getBody();
            @SuppressWarnings("unchecked")
            Map<String, Object> language = ((Map<String, Map<String, Object>>) status.get("languages")).get(lang);
            assertThat(language).containsEntry("publishable", true);
            assertThat(((Number) language.get("publishedVersion")).intValue()).isPositive();
        });
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> hits(String query, String lang) {
        var response = anonymous.get("/api/search?q=" + query + "&lang=" + lang);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) response.getBody().get("hits");
    }
}
