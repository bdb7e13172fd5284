package dev.passerelle.benchmark;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.passerelle.SyntheticProgram;
import dev.passerelle.TestServices;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.intake.SessionIntake;
import dev.passerelle.mt.tm.JdbcTmEntries;
import dev.passerelle.review.ReviewDecisions;
import dev.passerelle.search.SearchIndex;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import dev.passerelle.segmentation.MarkdownSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load driver, not a test (run with {@code -Pbenchmark}; it asserts nothing about time): pushes 500 synthetic
 * sessions from intake to the review queue through the TM chain, three rounds, against a baseline of the segmenter
 * alone in the same process; then measures approve-last-segment → searchable over 200 sessions.
 * Figures go to stdout and target/benchmark.txt.
 */
@SpringBootTest
@ActiveProfiles("test")
class PipelineBenchmark {

    private static final int SESSIONS = 500;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        // Every run starts from the same state: an empty schema (or H2 database) of its own.
        TestServices.isolatedDatabase("bench_" + UUID.randomUUID().toString().substring(0, 8), null).properties()
                .forEach((key, value) -> registry.add(key, () -> value));
    }
    private static final int LATENCY_SESSIONS = 200;

    @Autowired Events events;
    @Autowired SessionIntake intake;
    @Autowired SegmentRepository segments;
    @Autowired ReviewDecisions decisions;
    @Autowired MarkdownSegmenter segmenter;
    @Autowired JdbcTmEntries translationMemory;
    @Autowired ElasticsearchClient elasticsearch;
    @Autowired JdbcClient jdbc;

    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        seedTranslationMemory();
        List<Double> baseline = new ArrayList<>();
        List<Double> pipeline = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            baseline.add(segmenterOnly());
            pipeline.add(intakeToReviewQueue(round));
        }
        double baselineMedian = median(baseline);
        double pipelineMedian = median(pipeline);
        line("segmenter alone (baseline), segments/s: %s; median %.0f", rounded(baseline), baselineMedian);
        line("intake → review queue (TM chain), segments/s: %s; median %.0f", rounded(pipeline), pipelineMedian);
        line("ratio pipeline / segmenter alone: %.2f", pipelineMedian / baselineMedian);
        List<Long> latencies = approveLastToSearchable();
        Collections.sort(latencies);
        line("approve last segment → searchable, %d sessions: p50 %d ms, p95 %d ms, max %d ms",
                latencies.size(), percentile(latencies, 50), percentile(latencies, 95), latencies.getLast());
        line("max heap: %d MiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.write(Path.of("target/benchmark.txt"), report);
    }

    /** Approved translations for every sentence pattern of the synthetic program, so the TM has real work. */
    private void seedTranslationMemory() {
        for (int i = 0; i < 30; i++) {
            var session = SyntheticProgram.session(i);
            String target = "fr".equals(session.lang()) ? "en" : "fr";
            for (var segment : segmenter.segment(session.abstractText(), session.lang())) {
                translationMemory.record(session.lang(), target, segment.text(), "[" + target + "] " + segment.text(),
                        Instant.now());
            }
        }
    }

    private double segmenterOnly() {
        long start = System.nanoTime();
        long count = 0;
        for (int i = 0; i < SESSIONS; i++) {
            var session = SyntheticProgram.session(i);
            count += segmenter.segment(session.title(), session.lang()).size()
                    + segmenter.segment(session.abstractText(), session.lang()).size();
        }
        return count / seconds(start);
    }

    private double intakeToReviewQueue(int round) {
        String event = newEvent("bench-" + round);
        long start = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            intake.submit(event, SyntheticProgram.session(i));
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> notYetQueued(event) == 0);
        double elapsed = seconds(start);
        long total = segmentCount(event);
        long tm = jdbc.sql("select count(*) from segment g join session s on s.id = g.session_id join event e "
                + "on e.id = s.event_id where e.slug = ? and g.provenance_connector = 'tm'").param(event)
                .query(Long.class).single();
        line("round %d: %d sessions, %d segments (%d from TM) in %.2f s", round, SESSIONS, total, tm, elapsed);
        return total / elapsed;
    }

    private List<Long> approveLastToSearchable() {
        String event = newEvent("latency");
        for (int i = 0; i < LATENCY_SESSIONS; i++) {
            intake.submit(event, SyntheticProgram.session(10_000 + i));
        }
        await().atMost(Duration.ofMinutes(10)).until(() -> notYetQueued(event) == 0);
        // Steady state: the originals' publications (one per session) are done before timing starts.
        long start = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).until(() -> jdbc.sql("select count(*) from publication where pending")
                .query(Long.class).single() == 0);
        line("publication backlog of %d originals drained in %.2f s", LATENCY_SESSIONS, seconds(start));
        List<Long> latencies = new ArrayList<>();
        for (long sessionId : jdbc.sql("select s.id from session s join event e on e.id = s.event_id where e.slug = ?")
                .param(event).query(Long.class).list()) {
            List<Segment> open = segments.forSession(sessionId);
            for (Segment segment : open.subList(0, open.size() - 1)) {
                approve(segment);
            }
            Segment last = open.getLast();
            long approved = System.nanoTime();
            approve(last);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                    .until(() -> searchable(sessionId, last.targetLang()));
            latencies.add((System.nanoTime() - approved) / 1_000_000);
        }
        return latencies;
    }

    private void approve(Segment segment) {
        Segment edited = decisions.edit(segment.id(), segment.version(), "~" + segment.source(), "benchmark");
        decisions.approve(edited.id(), edited.version(), "benchmark");
    }

    private boolean searchable(long sessionId, String lang) throws IOException {
        return elasticsearch.search(s -> s.index(SearchIndex.ALIAS).size(0).query(q -> q.bool(b -> b
                .filter(f -> f.ids(i -> i.values(Long.toString(sessionId))))
                .filter(f -> f.term(t -> t.field("published_" + lang).value(true))))), Map.class)
                .hits().total().value() == 1;
    }

    private long notYetQueued(String event) {
        return jdbc.sql("""
                        select count(*) from session s join event e on e.id = s.event_id
                        where e.slug = ? and (s.pipeline_state <> 'SEGMENTED' or exists
                          (select 1 from segment g where g.session_id = s.id and g.state <> 'IN_REVIEW'))""")
                .param(event).query(Long.class).single();
    }

    private long segmentCount(String event) {
        return jdbc.sql("select count(*) from segment g join session s on s.id = g.session_id join event e "
                + "on e.id = s.event_id where e.slug = ?").param(event).query(Long.class).single();
    }

    private String newEvent(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        events.create(new NewEvent(slug, "Benchmark", null, null, null));
        return slug;
    }

    private void line(String format, Object... args) {
        String line = format.formatted(args);
        System.out.println("[benchmark] " + line);
        report.add(line);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
