package dev.passerelle.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.ApiClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * Every review endpoint × every role and anonymous, in one table: below the endpoint's role → 403, anonymous → 401,
 * at or above it → anything but 401/403/5xx. Writes carry a version that never matches, so they change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewAuthorizationIT {

    private static final List<String> ROLES = List.of("TRANSLATOR", "REVIEWER", "ORGANISER");

    @LocalServerPort
    int port;

    /** One endpoint: method, path, body (or null) and the least role allowed. */
    record Endpoint(HttpMethod method, String path, Object body, String role) {
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheRulesSay() {
        var fixture = new ReviewFixture(port);
        Map<String, ApiClient> people = new LinkedHashMap<>();
        ROLES.forEach(role -> people.put(role, fixture.person(role.toLowerCase(), role)));
        Map<String, Object> segment = fixture.sessionInReview("Authorization matrix", List.of("We ship.")).getFirst();
        long session = ((Number) segment.get("sessionId")).longValue();
        String s = "/api/segments/" + segment.get("id");
        String e = "/api/events/" + fixture.event;
        Object suggestion = fixture.admin.post(s + "/suggestions", Map.of("target", "Livraison")).getBody().get("id");
        Object historyId = fixture.admin.getList(s + "/history").getBody().getFirst().get("id");

        List<Endpoint> table = List.of(
                new Endpoint(HttpMethod.GET, s, null, "TRANSLATOR"),
                new Endpoint(HttpMethod.PUT, s, Map.of("target", "Livraison"), "TRANSLATOR"),
                new Endpoint(HttpMethod.GET, s + "/qa", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.POST, s + "/qa", Map.of("target", "Livraison ?"), "TRANSLATOR"),
                new Endpoint(HttpMethod.POST, s + "/autofix", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.GET, s + "/history", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.GET, s + "/suggestions", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.POST, s + "/suggestions", Map.of("target", "Livraison"), "TRANSLATOR"),
                new Endpoint(HttpMethod.POST, s + "/approve", null, "REVIEWER"),
                new Endpoint(HttpMethod.POST, s + "/reject", Map.of("reason", "too short"), "REVIEWER"),
                new Endpoint(HttpMethod.POST, s + "/revert", Map.of("historyId", historyId), "REVIEWER"),
                new Endpoint(HttpMethod.POST, s + "/suggestions/" + suggestion + "/accept", null, "REVIEWER"),
                new Endpoint(HttpMethod.POST, "/api/leases", Map.of("segmentIds", List.of(segment.get("id")), "minutes", 1),
                        "TRANSLATOR"),
                new Endpoint(HttpMethod.GET, "/api/leases?session=" + session, null, "TRANSLATOR"),
                new Endpoint(HttpMethod.POST, "/api/leases/no-such-lease/renew", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.DELETE, "/api/leases/no-such-lease", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.GET, e + "/segments", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.GET, e + "/review-queue?qa=ok", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.GET, e + "/progress", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.GET, e + "/blockers", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.POST, e + "/bulk-approve", Map.of("rule", "TM_EXACT", "session", session),
                        "REVIEWER"),
                new Endpoint(HttpMethod.GET, e + "/qa-checks", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.PUT, e + "/qa-checks/numbers", Map.of("enabled", true), "ORGANISER"),
                new Endpoint(HttpMethod.GET, e + "/review-policy", null, "TRANSLATOR"),
                new Endpoint(HttpMethod.PUT, e + "/review-policy/fr", Map.of("policy", "SELF_REVIEW"), "ORGANISER"));

        var softly = new SoftAssertions();
        for (Endpoint endpoint : table) {
            softly.assertThat(call(endpoint, null)).as("%s %s anonymous", endpoint.method(), endpoint.path())
                    .isEqualTo(401);
            for (String role : ROLES) {
                int status = call(endpoint, ApiClient.basic(fixture.username(role.toLowerCase()), ReviewFixture.PASSWORD));
                String as = endpoint.method() + " " + endpoint.path() + " as " + role;
                if (ROLES.indexOf(role) < ROLES.indexOf(endpoint.role())) {
                    softly.assertThat(status).as(as).isEqualTo(403);
                } else {
                    softly.assertThat(status).as(as).isNotIn(401, 403).isLessThan(500);
                }
            }
        }
        softly.assertAll();
        assertThat(fixture.admin.get(s).getBody().get("segment")).asString().contains("state=IN_REVIEW");
    }

    private int call(Endpoint endpoint, String authorization) {
        var request = RestClient.create("http://127.0.0.1:" + port).method(endpoint.method()).uri(endpoint.path())
                .header(HttpHeaders.IF_MATCH, "0");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(endpoint.body());
        }
        return request.exchange((req, response) -> response.getStatusCode().value());
    }
}
