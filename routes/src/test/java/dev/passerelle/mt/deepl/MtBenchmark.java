package dev.passerelle.mt.deepl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtGlossary;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtOutcome;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtTestServices;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 10,000 segments (100 sessions of 100) through the DeepL connector against a stub that answers after 200 ms, fed in
 * the translation route's batches of 200: wall time, requests in flight, characters sent on a second run, and cost
 * totals against what the stub billed. Run with {@code ./mvnw -pl routes test -Pbenchmark} (figures in
 * {@code routes/target/mt-benchmark.txt}).
 */
class MtBenchmark {

    private static final int SESSIONS = 100;
    private static final int SEGMENTS_PER_SESSION = 100;
    private static final int ROUTE_BATCH = 200;
    private static final Duration LATENCY = Duration.ofMillis(200);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong textsReceived = new AtomicLong();
    private final AtomicLong billed = new AtomicLong();

    @Test
    void tenThousandSegmentsThroughASlowStub() throws Exception {
        HttpServer stub = stub();
        try {
            MtTestServices services = new MtTestServices();
            MtConnector deepl = services.services().connector(new DeepLProvider(new DeepLProperties("bench:fx",
                    URI.create("http://127.0.0.1:" + stub.getAddress().getPort()), null, null, "EN-GB",
                    Duration.ofSeconds(10), 4), new MtHttp(Duration.ofSeconds(2))));
            List<MtRequest> segments = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                for (int i = 0; i < SEGMENTS_PER_SESSION; i++) {
                    segments.add(new MtRequest("Session " + s + " explains point <g1>" + i + "</g1> of its topic.",
                            "Talk " + s, 1, MtGlossary.EMPTY));
                }
            }

            long started = System.nanoTime();
            int translated = run(deepl, segments);
            Duration first = Duration.ofNanos(System.nanoTime() - started);
            long firstTexts = textsReceived.get();
            long firstRequests = requests.get();

            long again = System.nanoTime();
            int translatedAgain = run(deepl, segments);
            Duration second = Duration.ofNanos(System.nanoTime() - again);

            String report = String.join("\n",
                    "[benchmark] mt: " + segments.size() + " segments, first run " + first.toMillis() + " ms, "
                            + firstRequests + " requests, max " + maxInFlight.get() + " in flight, "
                            + translated + " translated",
                    "[benchmark] mt: second run " + second.toMillis() + " ms, " + (textsReceived.get() - firstTexts)
                            + " texts sent, " + translatedAgain + " translated from the cache",
                    "[benchmark] mt: characters sent " + services.costs.sent() + ", billed (ledger) "
                            + services.costs.billed() + ", billed (stub) " + billed.get(),
                    "[benchmark] mt: heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
            System.out.println(report);
            Files.writeString(Path.of("target", "mt-benchmark.txt"), report + "\n");

            assertThat(translated).isEqualTo(segments.size());
            assertThat(first).isLessThanOrEqualTo(Duration.ofSeconds(60));
            assertThat(maxInFlight.get()).isLessThanOrEqualTo(4);
            assertThat(translatedAgain).isEqualTo(segments.size());
            assertThat(textsReceived.get()).isEqualTo(firstTexts);
            assertThat(services.costs.billed()).isEqualTo(billed.get());
        } finally {
            stub.stop(0);
        }
    }

    private static int run(MtConnector deepl, List<MtRequest> segments) {
        int translated = 0;
        for (int from = 0; from < segments.size(); from += ROUTE_BATCH) {
            List<MtOutcome> outcomes = deepl.translateExplained(new LanguagePair("en", "fr"),
                    segments.subList(from, Math.min(segments.size(), from + ROUTE_BATCH)));
            translated += (int) outcomes.stream().filter(MtOutcome::isTranslated).count();
        }
        return translated;
    }

    /** /v2/translate after {@link #LATENCY}; bills each text's length plus one, and counts what it receives. */
    private HttpServer stub() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v2/translate", exchange -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                requests.incrementAndGet();
                JsonNode body = MtHttp.JSON.readTree(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8));
                Thread.sleep(LATENCY);
                List<Map<String, Object>> translations = new ArrayList<>();
                for (JsonNode text : body.path("text")) {
                    textsReceived.incrementAndGet();
                    long charge = text.asString().length() + 1;
                    billed.addAndGet(charge);
                    translations.add(Map.of("detected_source_language", "EN",
                            "text", text.asString().replace("explains point", "explique le point"),
                            "billed_characters", charge));
                }
                byte[] answer = MtHttp.JSON.writeValueAsBytes(Map.of("translations", translations));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
        return server;
    }
}
