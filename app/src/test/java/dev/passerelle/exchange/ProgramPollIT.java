package dev.passerelle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The program-import route fetches each event's configured URL on its schedule and imports what changed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "passerelle.routes.program-import.from=timer:program-import?period=250",
        "passerelle.routes.program-import.interval=PT0.2S"})
@ActiveProfiles("test")
class ProgramPollIT {

    static HttpServer server;
    static final AtomicReference<String> served = new AtomicReference<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void serveProgram() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/program.csv", exchange -> {
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void importsTheConfiguredUrlOnScheduleAndRecordsFailures() {
        ApiClient admin = TestServices.admin(port);
        String event = "poll-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/events", Map.of("slug", event, "name", "Poll", "languages", List.of("en", "fr")));
        served.set("id,title,abstract,lang\na,First talk,It starts here.,en\n");
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        var configured = admin.put("/api/events/" + event + "/program/source", 0,
                Map.of("url", base + "/program.csv?token=x", "format", "csv"));
        assertThat(configured.getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(admin.getList("/api/events/" + event + "/sessions").getBody()).hasSize(1));

        served.set("id,title,abstract,lang\na,First talk,It starts here.,en\nb,Second talk,Then this.,en\n");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(admin.getList("/api/events/" + event + "/sessions").getBody()).hasSize(2));
        assertThat(admin.get("/api/events/" + event + "/program/source").getBody())
                .containsEntry("url", base + "/program.csv?token=x").containsKey("polledAt")
                .hasEntrySatisfying("lastReport", r -> assertThat((String) r).contains("\"created\":1"));

        admin.put("/api/events/" + event + "/program/source", 0, Map.of("url", base + "/missing.csv", "format", "csv"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(admin.get("/api/events/" + event + "/program/source").getBody())
                        .hasEntrySatisfying("lastError", e -> assertThat((String) e).contains("404")));
        assertThat(admin.getList("/api/events/" + event + "/sessions").getBody()).hasSize(2);

        var notHttp = admin.put("/api/events/" + event + "/program/source", 0,
                Map.of("url", "file:///etc/passwd", "format", "csv"));
        assertThat(notHttp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
