package dev.passerelle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import dev.passerelle.segmentation.MarkdownSegmenter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A step that keeps failing is retried a bounded number of times, parked with its reason, listed, and re-run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "passerelle.routes.redelivery.delay=50")
class PipelineFailuresIT {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        // Only this context's pipeline (with the spy) may pick up the failing session.
        TestServices.isolatedDatabase("failures_" + UUID.randomUUID().toString().substring(0, 8), null).properties()
                .forEach((key, value) -> registry.add(key, () -> value));
    }

    @MockitoSpyBean
    MarkdownSegmenter segmenter;

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void aFailingStepIsRetriedThenParkedAndCanBeRetried() {
        ApiClient admin = TestServices.admin(port);
        String event = "fail-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/events", Map.of("slug", event, "name", "Failures", "languages", List.of("en", "fr")));
        doThrow(new IllegalStateException("segmenter exploded")).when(segmenter).segment(contains("BOOM"), anyString());

        long failing = ((Number) admin.post("/api/events/" + event + "/sessions",
                Map.of("title", "BOOM goes the talk", "abstract", "It fails.", "lang", "en")).getBody().get("id"))
                .longValue();
        long healthy = ((Number) admin.post("/api/events/" + event + "/sessions",
                Map.of("title", "A quiet talk", "abstract", "It works.", "lang", "en")).getBody().get("id"))
                .longValue();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.getList("/api/pipeline/failures")
                .getBody()).anySatisfy(f -> assertThat(f).containsEntry("kind", "session")
                .containsEntry("id", (int) failing)
                .hasEntrySatisfying("reason", r -> assertThat((String) r).contains("segmenter exploded"))));
        verify(segmenter, atLeast(4)).segment(contains("BOOM"), anyString());
        assertThat(status(admin, event, failing)).containsEntry("pipelineState", "FAILED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(status(admin, event, healthy)).containsEntry("pipelineState", "SEGMENTED"));

        reset(segmenter);
        assertThat(admin.post("/api/events/" + event + "/sessions/" + failing + "/retry", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(status(admin, event, failing)).containsEntry("pipelineState", "SEGMENTED"));
        assertThat(admin.getList("/api/pipeline/failures").getBody())
                .noneSatisfy(f -> assertThat(f).containsEntry("id", (int) failing));
        assertThat(admin.post("/api/events/" + event + "/sessions/" + failing + "/retry", Map.of()).getStatusCode())
                .as("nothing left to retry").isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static Map<String, Object> status(ApiClient admin, String event, long session) {
        return admin.get("/api/events/" + event + "/sessions/" + session + "/status").getBody();
    }
}
