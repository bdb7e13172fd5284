package dev.passerelle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import dev.passerelle.SyntheticProgram;
import dev.passerelle.TestServices;
import dev.passerelle.segmentation.MarkdownSegmenter;
import dev.passerelle.segmentation.SegmentationProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 in the middle of an intake of 500 sessions loses nothing and duplicates nothing: a restarted instance
 * finishes the pipeline, and every segment exists, and was segmented and queued for review, exactly once.
 */
class CrashRecoveryIT {

    private static final int SESSIONS = 500;

    @TempDir
    Path work;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void aKilledInstanceLosesAndDuplicatesNothing() throws Exception {
        TestServices.Database database = TestServices.isolatedDatabase("crash_" + UUID.randomUUID().toString()
                .substring(0, 8), work);
        String event = "crash-" + UUID.randomUUID().toString().substring(0, 8);

        int port = freePort();
        Process first = start(port, database, "first");
        ApiClient admin = TestServices.admin(port);
        assertThat(admin.post("/api/events", Map.of("slug", event, "name", "Crash", "languages", List.of("en", "fr")))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JdbcClient jdbc = database.jdbc();
        for (int i = 0; i < SESSIONS * 3 / 5; i++) {
            admin.post("/api/events/" + event + "/sessions", SyntheticProgram.json(i));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> segmented(jdbc, event) > 0);
        first.destroyForcibly().waitFor();
        assertThat(segmented(jdbc, event)).as("killed mid-way").isLessThan(SESSIONS);

        int restartPort = freePort();
        start(restartPort, database, "second");
        ApiClient again = TestServices.admin(restartPort);
        // A client whose requests were cut off sends everything again: intake is idempotent by external id.
        for (int i = 0; i < SESSIONS; i++) {
            var response = again.post("/api/events/" + event + "/sessions", SyntheticProgram.json(i));
            assertThat(response.getStatusCode().is2xxSuccessful()).as("session %d: %s", i, response).isTrue();
        }

        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(segmented(jdbc, event)).isEqualTo(SESSIONS);
            assertThat(jdbc.sql("""
                            select count(*) from segment g join session s on s.id = g.session_id
                            join event e on e.id = s.event_id where e.slug = ? and g.state <> 'IN_REVIEW'""")
                    .param(event).query(Long.class).single()).isZero();
        });

        assertThat(jdbc.sql("select count(*) from session s join event e on e.id = s.event_id where e.slug = ?")
                .param(event).query(Long.class).single()).isEqualTo(SESSIONS);
        List<Map<String, Object>> perSegment = jdbc.sql("""
                        select g.id,
                          (select count(*) from segment_history h where h.segment_id = g.id and h.to_state = 'NEW') as created,
                          (select count(*) from segment_history h where h.segment_id = g.id and h.to_state = 'IN_REVIEW') as queued
                        from segment g join session s on s.id = g.session_id join event e on e.id = s.event_id
                        where e.slug = ?""")
                .param(event).query().listOfRows();
        assertThat(perSegment).hasSizeGreaterThan(SESSIONS * 10)
                .allSatisfy(row -> {
                    assertThat(((Number) row.get("created")).intValue()).as("segment %s created", row.get("id"))
                            .isEqualTo(1);
                    assertThat(((Number) row.get("queued")).intValue()).as("segment %s queued", row.get("id"))
                            .isEqualTo(1);
                });
        assertThat((long) perSegment.size()).as("segments of all sessions").isEqualTo(expectedSegments());
    }

    /** What the segmenter makes of the whole program, computed here, independently of the crashed pipeline. */
    private static long expectedSegments() {
        var segmenter = new MarkdownSegmenter(new SegmentationProperties(null));
        long total = 0;
        for (int i = 0; i < SESSIONS; i++) {
            var session = SyntheticProgram.session(i);
            total += segmenter.segment(session.title(), session.lang()).size()
                    + segmenter.segment(session.abstractText(), session.lang()).size();
        }
        return total;
    }

    private static long segmented(JdbcClient jdbc, String event) {
        return jdbc.sql("select count(*) from session s join event e on e.id = s.event_id "
                + "where e.slug = ? and s.pipeline_state = 'SEGMENTED'").param(event).query(Long.class).single();
    }

    private Process start(int port, TestServices.Database database, String name) throws IOException {
        Process process = TestServices.startApp(port, database, work.resolve(name), work.resolve(name + ".log"));
        processes.add(process);
        TestServices.awaitHealthy(port, process);
        return process;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
