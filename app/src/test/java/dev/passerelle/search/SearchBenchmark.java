package dev.passerelle.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import dev.passerelle.TestServices;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.publish.SearchReindex;
import dev.passerelle.elasticsearch.TestElasticsearch;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load driver, not a test (run with {@code -Pbenchmark}; it asserts nothing about time): 20,000 published sessions
 * re-indexed in bulk through {@link SearchReindex}, then the same searches from 16 concurrent clients, alternately
 * through the app's {@code GET /api/search} and sent directly to Elasticsearch (the request the app builds), three
 * rounds each after a warm-up, with the CPU time each search cost this JVM and the Elasticsearch node. Figures go to
 * stdout and target/search-benchmark.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchBenchmark {

    private static final int SESSIONS = 20_000;
    private static final int CLIENTS = 16;
    private static final int REQUESTS_PER_ROUND = 2_000;
    private static final int MIN_WARM_UP_ROUNDS = 5;
    private static final int MAX_WARM_UP_ROUNDS = 12;
    private static final String ALIAS = "bench-sessions-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String EVENT = "bench";

    @DynamicPropertySource
    static void isolated(DynamicPropertyRegistry registry) {
        TestServices.isolatedDatabase("bench_" + UUID.randomUUID().toString().substring(0, 8), null).properties()
                .forEach((key, value) -> registry.add(key, () -> value));
        // An index of its own: the benchmark's re-index never touches the shared one.
        registry.add("passerelle.search.alias", () -> ALIAS);
    }

    @LocalServerPort int port;
    @Autowired Events events;
    @Autowired JdbcTemplate jdbc;
    @Autowired SearchReindex reindex;
    @Autowired SessionSearch search;
    @Autowired ElasticsearchClient elasticsearch;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> report = new ArrayList<>();
    private static ElasticsearchClient cleanup;

    @Test
    void measure() throws Exception {
        cleanup = elasticsearch;
        long inserted = publish();
        List<Long> reindexMillis = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            SearchReindex.Report r = reindex.run();
            reindexMillis.add(r.millis());
            line("bulk re-index of %d published sessions: %d ms", r.documents(), r.millis());
        }
        line("bulk re-index, median of 3: %d ms (%d sessions in the database)", median(reindexMillis), inserted);

        List<String[]> queries = new ArrayList<>();
        for (RelevanceTopics.Topic t : RelevanceTopics.ALL) {
            queries.add(new String[] {"en", t.queryEn()});
            queries.add(new String[] {"fr", t.queryFr()});
        }
        IntFunction<HttpRequest> viaApp = i -> {
            String[] q = queries.get(i % queries.size());
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?lang=" + q[0]
                    + "&size=20&q=" + URLEncoder.encode(q[1], StandardCharsets.UTF_8))).GET().build();
        };
        List<String> directBodies = queries.stream().map(q -> JsonpUtils.toJsonString(
                search.request(SessionQuery.of(q[1], q[0], 20)), elasticsearch._jsonpMapper())).toList();
        IntFunction<HttpRequest> direct = i -> HttpRequest.newBuilder(URI.create(TestElasticsearch.url() + "/" + ALIAS
                        + "/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(directBodies.get(i % directBodies.size()))).build();

        // Warm-up until the app's JIT has settled, which on two busy cores takes 10,000 to 20,000 searches: until
        // then the app's CPU per search keeps falling from one round to the next.
        int warmUps = 0;
        double previousCpu = Double.MAX_VALUE;
        while (warmUps < MAX_WARM_UP_ROUNDS) {
            double cpu = run(viaApp, REQUESTS_PER_ROUND)[2];
            run(direct, REQUESTS_PER_ROUND);
            warmUps++;
            boolean settled = cpu > 0.9 * previousCpu;
            previousCpu = cpu;
            if (warmUps >= MIN_WARM_UP_ROUNDS && settled) {
                break;
            }
        }
        line("warm-up: %d rounds of %d searches each way", warmUps, REQUESTS_PER_ROUND);
        List<double[]> app = new ArrayList<>();
        List<double[]> es = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            app.add(run(viaApp, REQUESTS_PER_ROUND));
            es.add(run(direct, REQUESTS_PER_ROUND));
            line("round %d, %d clients: app p50 %.1f ms p99 %.1f ms | Elasticsearch direct p50 %.1f ms p99 %.1f ms",
                    round, CLIENTS, app.getLast()[0], app.getLast()[1], es.getLast()[0], es.getLast()[1]);
            line("  CPU per search: via app, this JVM (driver + app) %.2f ms + Elasticsearch %.2f ms | direct, "
                    + "this JVM (driver) %.2f ms + Elasticsearch %.2f ms", app.getLast()[2], app.getLast()[3],
                    es.getLast()[2], es.getLast()[3]);
        }
        double appP50 = medianOf(app, 0);
        double appP99 = medianOf(app, 1);
        double esP50 = medianOf(es, 0);
        double esP99 = medianOf(es, 1);
        line("median of 3 rounds: app p50 %.1f ms, p99 %.1f ms; direct p50 %.1f ms, p99 %.1f ms", appP50, appP99,
                esP50, esP99);
        line("app / direct: p50 %.2fx, p99 %.2fx", appP50 / esP50, appP99 / esP99);
        Files.write(Path.of("target", "search-benchmark.txt"), report);
    }

    @AfterAll
    static void dropIndex() throws Exception {
        if (cleanup != null) {
            for (String index : cleanup.indices().getAlias(g -> g.name(ALIAS)).aliases().keySet()) {
                cleanup.indices().delete(d -> d.index(index));
            }
        }
    }

    /** Stores SESSIONS sessions as published in both languages, straight into the database. */
    private long publish() {
        long eventId = events.create(new NewEvent(EVENT, "Benchmark", List.of("en", "fr"), null, null)).id();
        Timestamp now = Timestamp.from(Instant.now());
        int batch = 1_000;
        for (int from = 0; from < SESSIONS; from += batch) {
            List<Object[]> sessions = new ArrayList<>();
            List<Object[]> publications = new ArrayList<>();
            List<Object[]> versions = new ArrayList<>();
            for (int i = from; i < from + batch; i++) {
                SessionDocument d = RelevanceProgram.generated(i);
                long id = RelevanceProgram.GENERATED_BASE + i;
                sessions.add(new Object[] {id, eventId, "bench-" + i, d.kind(), d.originalLang(),
                        d.originalLang().equals("en") ? d.titleEn() : d.titleFr(),
                        d.originalLang().equals("en") ? d.abstractEn() : d.abstractFr(),
                        String.join("\n", d.speakers()), d.track(), d.room(), Timestamp.from(d.start().toInstant()),
                        Timestamp.from(d.end().toInstant()), now, now});
                for (String lang : List.of("en", "fr")) {
                    publications.add(new Object[] {id, lang});
                    versions.add(new Object[] {id, lang, lang.equals("en") ? d.titleEn() : d.titleFr(),
                            lang.equals("en") ? d.abstractEn() : d.abstractFr(), !lang.equals(d.originalLang()), now});
                }
            }
            jdbc.batchUpdate("insert into session (id, event_id, external_id, kind, source_lang, title, abstract, "
                    + "speakers, track, room, starts_at, ends_at, pipeline_state, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SEGMENTED', ?, ?)", sessions);
            jdbc.batchUpdate("insert into publication (session_id, lang, pending, current_version) "
                    + "values (?, ?, false, 1)", publications);
            jdbc.batchUpdate("insert into published_version (session_id, lang, version, title, abstract, translated, "
                    + "published_at) values (?, ?, 1, ?, ?, ?, ?)", versions);
        }
        return jdbc.queryForObject("select count(*) from session", Long.class);
    }

    /**
     * Sends {@code requests} requests from CLIENTS threads; returns {p50, p99} latency, and the CPU time per request
     * of this JVM and of the Elasticsearch node, in ms: on two cores, where the time goes.
     */
    private double[] run(IntFunction<HttpRequest> request, int requests) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long jvmCpuBefore = jvmCpuNanos();
        long esCpuBefore = elasticsearchCpuMillis();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int i = client; i < requests; i += CLIENTS) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = http.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - start) / 1e6);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        }
        double jvmCpu = (jvmCpuNanos() - jvmCpuBefore) / 1e6 / requests;
        double esCpu = (double) (elasticsearchCpuMillis() - esCpuBefore) / requests;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new double[] {sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                jvmCpu, esCpu};
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private long elasticsearchCpuMillis() throws Exception {
        return elasticsearch.nodes().stats(s -> s.metric("process")).nodes().values().stream()
                .mapToLong(n -> n.process().cpu().totalInMillis()).sum();
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("[search-benchmark] " + text);
        report.add(text);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double medianOf(List<double[]> rounds, int index) {
        List<Double> values = new ArrayList<>(rounds.stream().map(r -> r[index]).toList());
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
