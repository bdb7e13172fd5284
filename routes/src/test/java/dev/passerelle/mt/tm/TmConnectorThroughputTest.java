package dev.passerelle.mt.tm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prints TM lookup throughput on 5,000 synthetic entries (set -Dtm.lookups=10000 for the benchmark's size);
 * asserts correctness only, never a timing. "Per CPU-second" is what two idle cores would do, whatever the load.
 */
class TmConnectorThroughputTest {

    private static final LanguagePair EN_FR = new LanguagePair("en", "fr");
    private static final String[] COMMON = ("the session covers how teams build deploy observe and scale distributed"
            + " systems with kubernetes java spring camel events streams testing security data cloud migration"
            + " speakers share lessons from production incidents performance tuning and developer experience").split(" ");
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @TempDir
    Path directory;

    /** Vocabulary: the 60 common words only (every 4-gram everywhere: the worst case), or 3,000 more words. */
    @ParameterizedTest(name = "{0} extra words")
    @ValueSource(ints = {0, 3_000})
    void lookupsOnTwoThreads(int extraWords) throws Exception {
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random, extraWords);
        InMemoryTmEntries entries = new InMemoryTmEntries();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String source = sentence(random, vocabulary) + " (" + i + ").";
            sources.add(source);
            entries.add(EN_FR, source, "FR " + source);
        }
        List<MtRequest> requests = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("tm.lookups", 3_000); i++) {
            String known = sources.get(random.nextInt(sources.size()));
            String text = switch (i % 3) {
                case 0 -> known;
                case 1 -> known.replace(".", "s.");
                default -> sentence(random, vocabulary) + ".";
            };
            requests.add(MtRequest.of(i % 10 == 0 ? "<g1>" + text + "</g1>" : text));
        }

        try (TmConnector connector = new TmConnector(entries, new TmProperties(75, directory, 1_000))) {
            long indexStart = System.nanoTime();
            connector.translate(EN_FR, List.of(MtRequest.of("warm up")));
            long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;

            ExecutorService threads = Executors.newFixedThreadPool(2);
            AtomicLong cpuNanos = new AtomicLong();
            long start = System.nanoTime();
            List<Future<List<Optional<MtResult>>>> batches = new ArrayList<>();
            for (int from = 0; from < requests.size(); from += 50) {
                List<MtRequest> batch = requests.subList(from, Math.min(from + 50, requests.size()));
                batches.add(threads.submit(() -> {
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    List<Optional<MtResult>> answer = connector.translate(EN_FR, batch);
                    cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
                    return answer;
                }));
            }
            List<Optional<MtResult>> results = new ArrayList<>();
            for (Future<List<Optional<MtResult>>> batch : batches) {
                results.addAll(batch.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            threads.shutdown();

            System.out.printf("TM throughput (%d extra words): rebuilt 5,000 entries in %d ms; %d lookups in %.2f s"
                    + " = %.0f segments/s on 2 threads, %.0f segments per CPU-second (%d hits)%n", extraWords,
                    indexMillis, results.size(), seconds, results.size() / seconds,
                    results.size() / (cpuNanos.get() / 1e9), results.stream().filter(Optional::isPresent).count());
            assertThat(results).hasSize(requests.size());
            for (int i = 3; i < requests.size(); i += 30) {
                assertThat(results.get(i)).as("exact request %d", i).isPresent();
            }
        }
    }

    private static List<String> vocabulary(Random random, int extraWords) {
        List<String> words = new ArrayList<>(List.of(COMMON));
        for (int i = 0; i < extraWords; i++) {
            StringBuilder word = new StringBuilder();
            for (int length = 3 + random.nextInt(8); length > 0; length--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return words;
    }

    private static String sentence(Random random, List<String> vocabulary) {
        StringBuilder s = new StringBuilder("Session");
        for (int i = 8 + random.nextInt(14); i > 0; i--) {
            // Half the words from the common 60, as in real abstracts.
            String word = random.nextBoolean() ? COMMON[random.nextInt(COMMON.length)]
                    : vocabulary.get(random.nextInt(vocabulary.size()));
            s.append(' ').append(word);
        }
        return s.toString();
    }
}
