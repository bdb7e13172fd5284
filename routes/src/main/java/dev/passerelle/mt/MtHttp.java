package dev.passerelle.mt;

import dev.passerelle.mt.MtProviderException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP for the provider clients: one request, the answer parsed, and every failure turned into an
 * {@link MtProviderException} of the right {@link Kind} (429/529 rate limit with Retry-After, 456 quota,
 * 401/403 auth, 413 too large, 5xx unavailable, timeouts, malformed JSON).
 */
public final class MtHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER_AGENT = "passerelle-mt/0.1 java/" + Runtime.version().feature();

    private final HttpClient client;

    public MtHttp(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** {@code base} (which may carry a path prefix) followed by {@code path}. */
    public static URI endpoint(URI base, String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }

    /** An answer: its status, headers and parsed body. */
    public record Response(int status, java.net.http.HttpHeaders headers, JsonNode body) {

        public java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    public Response postJson(String provider, URI uri, Map<String, String> headers, Object body, Duration timeout) {
        return send(provider, request(uri, headers, timeout).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build());
    }

    public Response postForm(String provider, URI uri, Map<String, String> headers, String form, Duration timeout) {
        return send(provider, request(uri, headers, timeout).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
    }

    public Response get(String provider, URI uri, Map<String, String> headers, Duration timeout) {
        return send(provider, request(uri, headers, timeout).GET().build());
    }

    private static HttpRequest.Builder request(URI uri, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(String provider, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new MtProviderException(provider, Kind.TIMEOUT, "no answer within " + request.timeout()
                    .map(Duration::toString).orElse("the timeout"));
        } catch (IOException e) {
            throw new MtProviderException(provider, Kind.UNAVAILABLE, "cannot reach " + request.uri().getHost()
                    + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MtProviderException(provider, Kind.UNAVAILABLE, "interrupted");
        }
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw failure(provider, status, message(body, response.body()),
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (body == null) {
            throw new MtProviderException(provider, Kind.BAD_ANSWER, "answer is not JSON: " + excerpt(response.body()));
        }
        return new Response(status, response.headers(), body);
    }

    /** The failure for a non-2xx status, refined by the message where providers reuse 403 for quotas and limits. */
    static MtProviderException failure(String provider, int status, String message, Duration retryAfter) {
        String lower = message.toLowerCase(Locale.ROOT);
        Kind kind = switch (status) {
            case 429, 529 -> Kind.RATE_LIMITED;
            case 456 -> Kind.QUOTA_EXCEEDED;
            case 413, 414 -> Kind.TOO_LARGE;
            case 401, 403 -> lower.contains("rate limit") ? Kind.RATE_LIMITED
                    : lower.contains("quota") || lower.contains("limit exceeded") ? Kind.QUOTA_EXCEEDED : Kind.AUTH_FAILED;
            case 400 -> lower.contains("exceed") || lower.contains("too long") || lower.contains("too large")
                    ? Kind.TOO_LARGE : lower.contains("not installed") ? Kind.UNSUPPORTED : Kind.REJECTED;
            default -> status >= 500 ? Kind.UNAVAILABLE : Kind.REJECTED;
        };
        return new MtProviderException(provider, kind, "HTTP " + status + " " + message, retryAfter);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The provider's own words, from the error shapes the providers document. */
    private static String message(JsonNode body, String raw) {
        if (body == null) {
            return excerpt(raw);
        }
        for (String path : new String[] {"/explanation", "/message", "/error/message", "/error", "/detail"}) {
            JsonNode node = body.at(path);
            if (node.isString() && !node.asString().isBlank()) {
                return node.asString();
            }
        }
        return excerpt(raw);
    }

    private static String excerpt(String raw) {
        String text = raw == null ? "" : raw.strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Retry-After in seconds (the form the providers use); an HTTP date is not honoured, backoff applies. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
