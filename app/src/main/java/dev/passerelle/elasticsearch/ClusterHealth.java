package dev.passerelle.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code GET /_cluster/health} over plain HTTP, usable before any Spring bean exists ({@code GET /} is not
 * served by the minimal distribution, so health is the liveness probe).
 */
final class ClusterHealth {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private final HttpClient http;
    private final Duration timeout;

    ClusterHealth(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** A status answered by the node: its HTTP code and, on 200, the cluster status (green, yellow, red). */
    record Answer(int httpStatus, Optional<String> clusterStatus) {

        boolean ready() {
            return clusterStatus.filter(s -> s.equals("green") || s.equals("yellow")).isPresent();
        }
    }

    Answer check(URI node) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(withoutUserInfo(node).resolve("/_cluster/health"))
                .timeout(timeout)
                .GET();
        if (node.getUserInfo() != null) {
            String token = Base64.getEncoder().encodeToString(node.getUserInfo().getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.statusCode() == 200 ? status(response.body()) : Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static Optional<String> status(String body) {
        Matcher m = STATUS.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The URI as safe to print: no user info. */
    static URI withoutUserInfo(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }
}
