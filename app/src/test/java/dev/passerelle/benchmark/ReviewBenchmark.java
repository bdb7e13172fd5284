package dev.passerelle.benchmark;

import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import dev.passerelle.SyntheticProgram;
import dev.passerelle.TestServices;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.intake.SessionIntake;
import dev.passerelle.review.ReviewDecisions;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Load driver, not a test (run with {@code -Pbenchmark}): 8 reviewers, each on their own sessions, approve
 * translated segments over HTTP (personal access tokens, If-Match) at the same time; reports the approve request's
 * round-trip latency (an upper bound of server time) after a warm-up. Figures go to target/review-benchmark.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.metrics.distribution.percentiles.http.server.requests=0.5,0.95,0.99")
@ActiveProfiles("test")
class ReviewBenchmark {

    private static final int REVIEWERS = 8;
    private static final int SESSIONS = 96;
    private static final int WARM_UP_PER_REVIEWER = 20;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        TestServices.isolatedDatabase("review_bench_" + UUID.randomUUID().toString().substring(0, 8), null)
                .properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort int port;
    @Autowired Events events;
    @Autowired SessionIntake intake;
    @Autowired SegmentRepository segments;
    @Autowired ReviewDecisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    @Test
    void measure() throws Exception {
        String event = "review-bench-" + UUID.randomUUID().toString().substring(0, 6);
        events.create(new NewEvent(event, "Review benchmark", null, null, null));
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(intake.submit(event, SyntheticProgram.session(i)).sessionId());
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> jdbc.sql("""
                select count(*) from session s join event e on e.id = s.event_id where e.slug = ?
                and (s.pipeline_state <> 'SEGMENTED' or exists
                  (select 1 from segment g where g.session_id = s.id and g.state <> 'IN_REVIEW'))""")
                .param(event).query(Long.class).single() == 0);

        List<List<Segment>> work = new ArrayList<>();
        for (int r = 0; r < REVIEWERS; r++) {
            work.add(new ArrayList<>());
        }
        for (int i = 0; i < sessions.size(); i++) {
            for (Segment segment : segments.forSession(sessions.get(i))) {
                work.get(i % REVIEWERS).add(decisions.edit(segment.id(), segment.version(), "~" + segment.source(),
                        "translator"));
            }
        }

        List<Callable<List<Long>>> reviewers = new ArrayList<>();
        for (int r = 0; r < REVIEWERS; r++) {
            RestClient client = reviewer(r);
            List<Segment> mine = work.get(r);
            reviewers.add(() -> approveAll(client, mine));
        }
        List<Long> latencies = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS)) {
            for (Future<List<Long>> done : pool.invokeAll(reviewers)) {
                latencies.addAll(done.get());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        List<String> report = List.of(
                "approve over HTTP, %d concurrent reviewers, %d approvals timed (after %d warm-up each): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                        .formatted(REVIEWERS, latencies.size(), WARM_UP_PER_REVIEWER, ms(latencies, 50),
                                ms(latencies, 95), ms(latencies, 99), latencies.getLast() / 1e6),
                "server time of approve (warm-up included): " + serverPercentiles(),
                "throughput: %.0f approvals/s".formatted((latencies.size() + REVIEWERS * WARM_UP_PER_REVIEWER) / seconds));
        report.forEach(line -> System.out.println("[benchmark] " + line));
        Files.write(Path.of("target/review-benchmark.txt"), report);
    }

    private String serverPercentiles() {
        Timer timer = meters.find("http.server.requests").tag("uri", "/api/segments/{id}/approve").timer();
        if (timer == null) {
            return "not recorded";
        }
        var parts = new ArrayList<String>();
        for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
            parts.add("p%.0f %.1f ms".formatted(value.percentile() * 100, value.value(TimeUnit.MILLISECONDS)));
        }
        return String.join(", ", parts) + " over " + timer.count() + " requests";
    }

    private RestClient reviewer(int r) {
        String name = "bench-reviewer-" + r + "-" + UUID.randomUUID().toString().substring(0, 6);
        ApiClient admin = TestServices.admin(port);
        admin.post("/api/accounts", Map.of("username", name, "password", "benchmark-password-42", "role", "REVIEWER"));
        // A personal access token, as API clients use: Basic would time bcrypt, not the approval.
        String token = (String) new ApiClient(port, name, "benchmark-password-42")
                .post("/api/tokens", Map.of("name", "benchmark")).getBody().get("token");
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private static List<Long> approveAll(RestClient client, List<Segment> mine) {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            Segment segment = mine.get(i);
            long start = System.nanoTime();
            client.post().uri("/api/segments/" + segment.id() + "/approve")
                    .header(HttpHeaders.IF_MATCH, Long.toString(segment.version())).retrieve().toBodilessEntity();
            if (i >= WARM_UP_PER_REVIEWER) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    private static double ms(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
