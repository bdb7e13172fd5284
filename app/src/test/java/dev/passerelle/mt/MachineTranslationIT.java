package dev.passerelle.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Machine translation in the running application, against the database: an event's own chain (DeepL, stubbed over
 * HTTP), the persistent cache (a second event sends nothing), the cost API, and the budget stopping MT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MachineTranslationIT {

    private static final AtomicLong TEXTS_SENT = new AtomicLong();
    private static final AtomicLong BILLED = new AtomicLong();
    /** DeepL glossaries created, by id: their name and TSV entries. */
    private static final Map<String, Map<String, String>> GLOSSARIES = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each text sent to /v2/translate, with the glossary id it came with (empty for none). */
    private static final Map<String, String> GLOSSARY_OF_TEXT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final HttpServer DEEPL = deepLStub();

    @LocalServerPort
    int port;

    ApiClient admin;

    @DynamicPropertySource
    static void deepLAndOwnDatabase(DynamicPropertyRegistry registry) {
        // Only this context's pipeline (the one with DeepL configured) may pick up its events' segments.
        TestServices.isolatedDatabase("mt_" + UUID.randomUUID().toString().substring(0, 8), null).properties()
                .forEach((key, value) -> registry.add(key, () -> value));
        registry.add("passerelle.mt.deepl.auth-key", () -> "it-key:fx");
        registry.add("passerelle.mt.deepl.base-url", () -> "http://127.0.0.1:" + DEEPL.getAddress().getPort());
    }

    /**
     * Answers /v2/translate with "[fr] " + text, billing each text's length; counts what it receives. Keeps the
     * glossaries created through /v2/glossaries, and lists them back.
     */
    private static HttpServer deepLStub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v2/translate", exchange -> {
                JsonNode body = MtHttp.JSON.readTree(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8));
                List<Map<String, Object>> translations = new ArrayList<>();
                for (JsonNode text : body.path("text")) {
                    TEXTS_SENT.incrementAndGet();
                    GLOSSARY_OF_TEXT.put(text.asString(), body.path("glossary_id").asString(""));
                    BILLED.addAndGet(text.asString().length());
                    translations.add(Map.of("detected_source_language", "EN", "text", "[fr] " + text.asString(),
                            "billed_characters", text.asString().length()));
                }
                byte[] answer = MtHttp.JSON.writeValueAsBytes(Map.of("translations", translations));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.createContext("/v2/glossaries", exchange -> {
                Object answer;
                if ("POST".equals(exchange.getRequestMethod())) {
                    JsonNode body = MtHttp.JSON.readTree(new String(exchange.getRequestBody().readAllBytes(),
                            StandardCharsets.UTF_8));
                    String id = "g" + GLOSSARIES.size();
                    GLOSSARIES.put(id, Map.of("name", body.path("name").asString(),
                            "entries", body.path("entries").asString()));
                    answer = Map.of("glossary_id", id, "name", body.path("name").asString());
                } else {
                    answer = Map.of("glossaries", GLOSSARIES.entrySet().stream()
                            .map(g -> Map.of("glossary_id", g.getKey(), "name", g.getValue().get("name"))).toList());
                }
                byte[] bytes = MtHttp.JSON.writeValueAsBytes(answer);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopStub() {
        DEEPL.stop(0);
    }

    @BeforeEach
    void client() {
        admin = new ApiClient(port, "admin", TestServices.ADMIN_PASSWORD);
    }

    private String createEvent(Map<String, Object> mt) {
        String slug = "mt-" + UUID.randomUUID().toString().substring(0, 8);
        var body = new java.util.HashMap<String, Object>(Map.of("slug", slug, "name", "MT", "languages", List.of("en", "fr")));
        body.putAll(mt);
        assertThat(admin.post("/api/events", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return slug;
    }

    private long submit(String event, String title, String abstractText) {
        var created = admin.post("/api/events/" + event + "/sessions", Map.of("title", title, "abstract", abstractText,
                "lang", "en"));
        return ((Number) created.getBody().get("id")).longValue();
    }

    private List<Map<String, Object>> awaitFrench(String event, long session, int count) {
        List<List<Map<String, Object>>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var segments = admin.getList("/api/events/" + event + "/segments?session=" + session + "&lang=fr").getBody();
            assertThat(segments).hasSize(count).allSatisfy(s -> assertThat(s.get("state")).isNotEqualTo("NEW"));
            found.add(segments);
        });
        return found.getLast();
    }

    @Test
    void eventChainTranslatesThroughDeepLOnceAndCountsTheCost() {
        String event = createEvent(Map.of("mtChain", List.of("deepl", "none")));
        long sentBefore = TEXTS_SENT.get();
        long billedBefore = BILLED.get();

        List<Map<String, Object>> segments = awaitFrench(event,
                submit(event, "Observability for small teams", "Metrics first. Then traces."), 3);

        assertThat(segments).allSatisfy(s -> {
            assertThat((String) s.get("target")).startsWith("[fr] ");
            assertThat(s.get("provenance")).asString().contains("deepl");
        });
        assertThat(TEXTS_SENT.get() - sentBefore).isEqualTo(3);
        var costs = admin.get("/api/events/" + event + "/mt/costs").getBody();
        assertThat(((Number) costs.get("charactersBilled")).longValue()).isEqualTo(BILLED.get() - billedBefore);

        String again = createEvent(Map.of("mtChain", List.of("deepl")));
        List<Map<String, Object>> cached = awaitFrench(again,
                submit(again, "Observability for small teams", "Metrics first. Then traces."), 3);

        assertThat(cached).allSatisfy(s -> assertThat((String) s.get("target")).startsWith("[fr] "));
        assertThat(TEXTS_SENT.get() - sentBefore).isEqualTo(3);
        assertThat(((Number) admin.get("/api/events/" + again + "/mt/costs").getBody().get("charactersSent"))
                .longValue()).isZero();
    }

    @Test
    void deepLGetsTheEventGlossaryAndAGlossaryChangeMissesTheCache() {
        String event = createEvent(Map.of("mtChain", List.of("deepl")));
        String unique = "Our on-call rotation " + UUID.randomUUID() + ".";
        String checksum = (String) admin.get("/api/glossaries/" + event + "/terms?source=en&target=fr").getBody()
                .get("checksum");

        awaitFrench(event, submit(event, "On-call for small teams", unique), 2);

        String glossaryId = GLOSSARY_OF_TEXT.get(unique);
        assertThat(glossaryId).isNotEmpty();
        assertThat(GLOSSARIES.get(glossaryId).get("name")).isEqualTo("passerelle-" + checksum + "-en-fr");
        assertThat(GLOSSARIES.get(glossaryId).get("entries")).contains("on-call\tastreinte");

        long sentBefore = TEXTS_SENT.get();
        assertThat(admin.post("/api/glossaries/" + event + "/concepts", Map.of("id", "tea-break", "terms", List.of(
                Map.of("lang", "en", "text", "tea break"), Map.of("lang", "fr", "text", "pause thé", "status", "PREFERRED"))))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String changed = (String) admin.get("/api/glossaries/" + event + "/terms?source=en&target=fr").getBody()
                .get("checksum");
        assertThat(changed).isNotEqualTo(checksum);

        awaitFrench(event, submit(event, "On-call for small teams", unique), 2);

        assertThat(TEXTS_SENT.get() - sentBefore).as("same texts, new glossary: not from the cache").isEqualTo(2);
        assertThat(GLOSSARIES.get(GLOSSARY_OF_TEXT.get(unique)))
                .containsEntry("name", "passerelle-" + changed + "-en-fr")
                .satisfies(g -> assertThat(g.get("entries")).contains("tea break\tpause thé"));
    }

    @Test
    void budgetStopsMachineTranslationAndTheSegmentsGoToHumans() {
        String event = createEvent(Map.of("mtChain", List.of("deepl"), "mtBudgetCharacters", 5));
        long sentBefore = TEXTS_SENT.get();

        List<Map<String, Object>> segments = awaitFrench(event,
                submit(event, "A talk whose title is longer than five characters", "Unique " + UUID.randomUUID()), 2);

        assertThat(segments).allSatisfy(s -> assertThat(s).containsEntry("state", "IN_REVIEW").doesNotContainKey("target"));
        assertThat(TEXTS_SENT.get()).isEqualTo(sentBefore);
        var history = admin.get("/api/segments/" + segments.getFirst().get("id")).getBody();
        assertThat(history.toString()).contains("budget of 5 characters");
    }

    @Test
    void settingsAreReadableAndUnknownConnectorsRefused() {
        String event = createEvent(Map.of());

        var view = admin.get("/api/events/" + event + "/mt").getBody();
        assertThat(view).containsEntry("effectiveChain", List.of("tm", "none"));
        assertThat(view.get("availableConnectors")).asString().contains("deepl", "tm", "none");

        var refused = admin.put("/api/events/" + event + "/mt", 0, Map.of("mtChain", List.of("babelfish")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("babelfish");

        var changed = admin.put("/api/events/" + event + "/mt", 0, Map.of("mtChain", List.of("deepl", "none"),
                "mtBudgetCharacters", 1000));
        assertThat(changed.getBody()).containsEntry("effectiveChain", List.of("tm", "deepl", "none"))
                .containsEntry("effectiveBudgetCharacters", 1000);
        String refusedSlug = "mt-bad-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.post("/api/events", Map.of("slug", refusedSlug, "name", "x", "mtChain", List.of("babelfish")))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.get("/api/events/" + refusedSlug).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyOrganisersSeeCostsAndSettings() {
        String event = createEvent(Map.of());
        String translator = "tr-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/accounts", Map.of("username", translator, "password", "a long enough password 42",
                "role", "TRANSLATOR")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ApiClient tina = new ApiClient(port, translator, "a long enough password 42");

        assertThat(tina.get("/api/events/" + event).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tina.get("/api/events/" + event + "/mt/costs").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tina.get("/api/events/" + event + "/mt").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
