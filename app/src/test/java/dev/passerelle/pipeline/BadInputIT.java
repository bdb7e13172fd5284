package dev.passerelle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Every kind of bad input gets a 4xx problem body, and nothing of it is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputIT {

    @LocalServerPort
    int port;

    ApiClient admin;
    String event;

    @BeforeEach
    void createEvent() {
        admin = new ApiClient(port, "admin", TestServices.ADMIN_PASSWORD);
        event = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/events", Map.of("slug", event, "name", "Bad input", "languages", List.of("en", "fr")));
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(admin.getList("/api/events/" + event + "/sessions").getBody()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\":\"T\",\"abstract\":\"A talk.\",\"lang\":\"de\"}|lang",
            "{\"title\":\"T\",\"abstract\":\"   \",\"lang\":\"en\"}|abstract",
            "{\"title\":\"\",\"abstract\":\"A talk.\",\"lang\":\"en\"}|title",
            "{\"title\":\"T\",\"abstract\":\"A talk.\",\"lang\":\"en\",\"kind\":\"lecture\"}|kind",
            "{\"title\":\"T\",\"abstract\":\"A talk.\",\"lang\":\"en\",\"start\":\"soon\"}|start"})
    void invalidFieldsAreNamed(String json, String field) {
        var response = admin.postBytes(sessions(), MediaType.APPLICATION_JSON_VALUE,
                json.getBytes(StandardCharsets.UTF_8));
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("field", field);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(admin.postBytes(sessions(), MediaType.APPLICATION_JSON_VALUE,
                "{\"title\": ".getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST);
    }

    @Test
    void malformedFrontMatterIsABadRequest() {
        var response = admin.postBytes(sessions(), "text/markdown",
                "---\ntitle: [oops\nlang: en\n---\nBody.".getBytes(StandardCharsets.UTF_8));
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("front matter");
    }

    @Test
    void invalidUtf8IsABadRequest() {
        byte[] latin1 = "---\ntitle: Déployer\nlang: fr\n---\nCorps du texte.".getBytes(StandardCharsets.ISO_8859_1);
        var markdown = admin.postBytes(sessions(), "text/markdown", latin1);
        assertProblem(markdown, HttpStatus.BAD_REQUEST);
        assertThat((String) markdown.getBody().get("detail")).contains("UTF-8");

        byte[] json = "{\"title\":\"Déployer\",\"abstract\":\"Corps\",\"lang\":\"fr\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(admin.postBytes(sessions(), MediaType.APPLICATION_JSON_VALUE, json), HttpStatus.BAD_REQUEST);
    }

    @Test
    void aTenMegabyteBodyIsTooLarge() throws Exception {
        byte[] huge = markdownOfSize(10 * 1024 * 1024);
        // As curl does for large bodies: the 413 comes before the body is sent.
        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofByteArray(huge));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void aStreamedBodyIsCutOffAtTheLimit() throws Exception {
        byte[] large = markdownOfSize(3 * 1024 * 1024);
        // No length: the body is sent chunked and read until it passes the limit.
        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(large)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("at most");
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + sessions()))
                .header("Authorization", ApiClient.basic("admin", TestServices.ADMIN_PASSWORD))
                .header("Content-Type", "text/markdown").expectContinue(true).POST(body).build();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static byte[] markdownOfSize(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        byte[] front = "---\ntitle: T\nlang: en\n---\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(front, 0, body, 0, front.length);
        return body;
    }

    @Test
    void aSessionForAMissingEventIsNotFound() {
        var response = admin.post("/api/events/no-such-event/sessions",
                Map.of("title", "T", "abstract", "A talk.", "lang", "en"));
        assertProblem(response, HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnsupportedMediaTypeIsRefused() {
        assertProblem(admin.postBytes(sessions(), MediaType.APPLICATION_XML_VALUE, "<x/>".getBytes()),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void aWriteWithoutIfMatchIsRefused() {
        var response = admin.postBytes("/api/segments/1/approve", MediaType.APPLICATION_JSON_VALUE, new byte[0]);
        assertProblem(response, HttpStatus.PRECONDITION_REQUIRED);
    }

    private String sessions() {
        return "/api/events/" + event + "/sessions";
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).containsEntry("status", status.value()).containsKeys("title", "detail");
    }
}
