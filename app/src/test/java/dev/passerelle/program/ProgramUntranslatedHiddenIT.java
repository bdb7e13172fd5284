package dev.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.passerelle.TestServices;
import dev.passerelle.event.Events;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.publish.Publisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code passerelle.program.untranslated=hide}: a session not yet approved in a language is left out of that
 * language's schedule, session page, exports and search, and still shown in its original language. Its own database
 * and search alias, since the setting is the whole application's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.program.untranslated=hide")
@ActiveProfiles("test")
class ProgramUntranslatedHiddenIT {

    private static final String ALIAS = "passerelle-hide-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final TestServices.Database DATABASE = TestServices.isolatedDatabase(
            "hide_" + UUID.randomUUID().toString().substring(0, 8), null);

    @DynamicPropertySource
    static void ownDatabaseAndAlias(DynamicPropertyRegistry registry) {
        DATABASE.properties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("passerelle.search.alias", () -> ALIAS);
    }

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

    PublishedProgram program;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void publishProgram() {
        program = new PublishedProgram(events, sessions, jdbc, transaction, publisher, elasticsearch);
    }

    @AfterEach
    void dropIndices() throws IOException {
        // Deleting by wildcard is refused (action.destructive_requires_name): name each index.
        List<String> indices = List.copyOf(elasticsearch.indices()
                .get(g -> g.index(ALIAS + "-*").allowNoIndices(true)).indices().keySet());
        if (!indices.isEmpty()) {
            elasticsearch.indices().delete(d -> d.index(indices));
        }
    }

    @Test
    void frenchIgniteNotYetInEnglishIsLeftOutOfTheEnglishProgramOnly() {
        String base = "/" + program.event;
        String ignite = "Mon astreinte en cinq minutes";

        assertThat(body(base + "/en/")).contains("Continuous deployment without fear").doesNotContain(ignite);
        assertThat(get(base + "/en/sessions/" + program.ignite).statusCode()).isEqualTo(404);
        for (String export : List.of("schedule.json", "schedule.xml", "schedule.ics")) {
            assertThat(body(base + "/en/" + export)).as(export).contains("Continuous deployment without fear")
                    .doesNotContain(ignite);
            assertThat(body(base + "/fr/" + export)).as(export).contains(ignite);
        }
        String astreinte = "/api/search?event=" + program.event + "&q="
                + URLEncoder.encode("astreinte déploiement", StandardCharsets.UTF_8);
        assertThat(body(astreinte + "&lang=en")).contains("\"sessionId\":" + program.talk + ",")
                .doesNotContain("\"sessionId\":" + program.ignite + ",");
        assertThat(body(astreinte + "&lang=fr")).contains("\"sessionId\":" + program.ignite + ",");

        // In French, its original language, it is shown as ever.
        assertThat(body(base + "/fr/")).contains(ignite, "Déploiement continu sans peur");
        assertThat(body(base + "/fr/sessions/" + program.ignite)).contains(ignite);
    }

    private String body(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
