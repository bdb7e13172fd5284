package dev.passerelle;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Talks to a running app over real HTTP, as outside scripts do; never throws on 4xx/5xx so tests can assert them. */
public final class ApiClient {

    public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    public static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    private final RestClient client;

    public ApiClient(int port, String username, String password) {
        var builder = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                });
        if (username != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, basic(username, password));
        }
        this.client = builder.build();
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public ResponseEntity<Map<String, Object>> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JSON);
    }

    public ResponseEntity<List<Map<String, Object>>> getList(String path) {
        return client.get().uri(path).retrieve().toEntity(JSON_LIST);
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JSON);
    }

    public ResponseEntity<Map<String, Object>> postBytes(String path, String contentType, byte[] body) {
        return client.post().uri(path).contentType(MediaType.parseMediaType(contentType)).body(body).retrieve()
                .toEntity(JSON);
    }

    public ResponseEntity<Map<String, Object>> put(String path, long version, Object body) {
        return client.put().uri(path).header(HttpHeaders.IF_MATCH, Long.toString(version))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JSON);
    }

    public ResponseEntity<Map<String, Object>> delete(String path) {
        return client.delete().uri(path).retrieve().toEntity(JSON);
    }

    public ResponseEntity<Map<String, Object>> postWithVersion(String path, long version, Object body) {
        var request = client.post().uri(path).header(HttpHeaders.IF_MATCH, Long.toString(version));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(JSON);
    }
}
