package dev.passerelle.review;

import static dev.passerelle.review.ReviewFixture.letters;
import static dev.passerelle.review.ReviewFixture.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.ApiClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two reviewers make 500 random edits and approvals each on the same 50 segments, each from their own (often
 * stale) view: every write the API accepted is in the history with the version it produced, every refused one got
 * 409, and nothing else changed the segments: zero lost updates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewConcurrencyIT {

    private static final int OPERATIONS = 500;
    private static final List<String> ADJECTIVES = List.of("quiet", "rapid", "gentle", "bold", "careful", "modern",
            "simple");
    private static final List<String> NOUNS = List.of("deployment", "database", "network", "cache", "pipeline",
            "compiler", "browser");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A write the API accepted: the version it produced, by whom, to which state and text. */
    record Accepted(long segmentId, long version, String actor, String state, String target) {
    }

    @Test
    void twoReviewersNeverLoseAnUpdate() throws Exception {
        var fixture = new ReviewFixture(port);
        List<ApiClient> reviewers = List.of(fixture.person("ana", "REVIEWER"), fixture.person("bob", "REVIEWER"));
        List<String> sentences = IntStream.range(0, 49).mapToObj(i -> "The speaker explains the "
                + ADJECTIVES.get(i % 7) + " " + NOUNS.get(i / 7) + " topic.").toList();
        Map<Long, Long> start = new HashMap<>();
        for (Map<String, Object> segment : fixture.sessionInReview("Concurrency in review", sentences)) {
            var translated = fixture.admin.put("/api/segments/" + segment.get("id"), version(segment),
                    Map.of("target", "Le sujet est expliqué."));
            start.put(((Number) segment.get("id")).longValue(), version(translated.getBody()));
        }
        assertThat(start).hasSize(50);

        List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Integer>> work = new ArrayList<>();
        for (int r = 0; r < reviewers.size(); r++) {
            ApiClient reviewer = reviewers.get(r);
            String name = r == 0 ? "ana" : "bob";
            long seed = 42 + r;
            work.add(() -> run(reviewer, name, fixture.username(name), new HashMap<>(start), new Random(seed), accepted));
        }
        int refused;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            refused = 0;
            for (Future<Integer> done : pool.invokeAll(work)) {
                refused += done.get();
            }
        }

        assertThat(accepted.size() + refused).isEqualTo(2 * OPERATIONS);
        assertThat(refused).as("the reviewers did collide").isPositive();
        assertThat(accepted).as("and both got work done").extracting(Accepted::actor).containsAll(
                List.of(fixture.username("ana"), fixture.username("bob")));
        Map<Long, List<Accepted>> bySegment = accepted.stream().collect(Collectors.groupingBy(Accepted::segmentId));
        for (var entry : start.entrySet()) {
            List<Accepted> recorded = jdbc.sql("""
                            select segment_id, version, actor, to_state, to_target from segment_history
                            where segment_id = ? and version > ? order by version""")
                    .params(entry.getKey(), entry.getValue())
                    .query((rs, n) -> new Accepted(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5))).list();
            List<Accepted> writes = bySegment.getOrDefault(entry.getKey(), List.of());
            assertThat(recorded).as("history of segment %s", entry.getKey()).containsExactlyInAnyOrderElementsOf(writes);
            long current = jdbc.sql("select version from segment where id = ?").param(entry.getKey())
                    .query(Long.class).single();
            assertThat(current).isEqualTo(entry.getValue() + writes.size());
        }
    }

    /** One reviewer's session; returns how many writes were refused (each with 409, or the test fails). */
    private static int run(ApiClient reviewer, String name, String actor, Map<Long, Long> known, Random random,
                           List<Accepted> accepted) {
        List<Long> ids = new ArrayList<>(known.keySet());
        int refused = 0;
        for (int i = 0; i < OPERATIONS; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            boolean edit = random.nextBoolean();
            String target = "Relecture de " + name + ", passage " + letters(i) + ".";
            var response = edit
                    ? reviewer.put("/api/segments/" + id, known.get(id), Map.of("target", target))
                    : reviewer.postWithVersion("/api/segments/" + id + "/approve", known.get(id), null);
            if (response.getStatusCode() == HttpStatus.OK) {
                Map<String, Object> segment = response.getBody();
                known.put(id, version(segment));
                accepted.add(new Accepted(id, version(segment), actor, (String) segment.get("state"),
                        (String) segment.get("target")));
            } else {
                assertThat(response.getStatusCode()).as("refused write %s", response.getBody())
                        .isEqualTo(HttpStatus.CONFLICT);
                refused++;
                Object current = response.getBody().get("currentVersion");
                if (current != null) {
                    known.put(id, ((Number) current).longValue());
                }
            }
        }
        return refused;
    }
}
