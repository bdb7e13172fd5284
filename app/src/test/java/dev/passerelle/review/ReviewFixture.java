package dev.passerelle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An event of its own with people in every role, and sessions brought to the review queue through the pipeline. */
final class ReviewFixture {

    static final String PASSWORD = "review-test-password-42";

    /** Title, then the abstract's sentences in order. */
    private static final Comparator<Map<String, Object>> TITLE_FIRST = Comparator
            .comparing((Map<String, Object> s) -> (String) s.get("field")).reversed()
            .thenComparing(s -> ((Number) s.get("index")).intValue());

    final int port;
    final ApiClient admin;
    final String event;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    ReviewFixture(int port) {
        this.port = port;
        this.admin = TestServices.admin(port);
        this.event = "review-" + suffix;
        var created = admin.post("/api/events", Map.of("slug", event, "name", "Review", "languages", List.of("en", "fr")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** A new account in {@code role}, named {@code name} plus this fixture's suffix. */
    ApiClient person(String name, String role) {
        var created = admin.post("/api/accounts", Map.of("username", username(name), "password", PASSWORD, "role", role));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return new ApiClient(port, username(name), PASSWORD);
    }

    String username(String name) {
        return name + "-" + suffix;
    }

    /** Submits an English session (title, then abstract sentences) and returns its French segments once in review. */
    List<Map<String, Object>> sessionInReview(String title, List<String> sentences) {
        var submitted = admin.post("/api/events/" + event + "/sessions", Map.of("title", title,
                "abstract", String.join(" ", sentences), "lang", "en"));
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long session = id(submitted);
        return await().atMost(Duration.ofSeconds(60)).until(() -> admin.getList("/api/events/" + event
                        + "/segments?lang=fr&session=" + session + "&limit=1000").getBody(),
                list -> list.size() == sentences.size() + 1
                        && list.stream().allMatch(s -> "IN_REVIEW".equals(s.get("state"))))
                .stream().sorted(TITLE_FIRST).toList();
    }

    static long id(ResponseEntity<Map<String, Object>> response) {
        return ((Number) response.getBody().get("id")).longValue();
    }

    static long version(Map<String, Object> segmentOrView) {
        return ((Number) segmentOrView.get("version")).longValue();
    }

    /** Digit-free text that is unique per number, so targets carry no numbers the QA would miss in the source. */
    static String letters(int number) {
        StringBuilder out = new StringBuilder();
        int n = number;
        do {
            out.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return out.toString();
    }
}
