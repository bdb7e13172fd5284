package dev.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.passerelle.PasserelleApplication;
import dev.passerelle.TestServices;
import dev.passerelle.elasticsearch.TestElasticsearch;
import dev.passerelle.event.Events;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.publish.Publisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar passerelle.jar reindex} as its own process, on a database and search alias of this test's own:
 * it rebuilds the index from what is published and prints the report, and nothing but the report, on stdout.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReindexCommandIT {

    private static final String ALIAS = "passerelle-reindex-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final TestServices.Database DATABASE = TestServices.isolatedDatabase(
            "reindex_" + UUID.randomUUID().toString().substring(0, 8), null);

    @DynamicPropertySource
    static void ownDatabaseAndAlias(DynamicPropertyRegistry registry) {
        DATABASE.properties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("passerelle.search.alias", () -> ALIAS);
    }

    @Autowired
    Events events;
    @Autowired
    SessionRepository sessions;
    @Autowired
    Publisher publisher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void dropIndices() throws IOException {
        // Deleting by wildcard is refused (action.destructive_requires_name): name each index.
        List<String> indices = List.copyOf(elasticsearch.indices()
                .get(g -> g.index(ALIAS + "-*").allowNoIndices(true)).indices().keySet());
        if (!indices.isEmpty()) {
            elasticsearch.indices().delete(d -> d.index(indices));
        }
    }

    @Test
    void rebuildsTheIndexFromThePublishedProgramAndPrintsOnlyTheReport() throws Exception {
        // Another process must reach the same database: PostgreSQL (an in-memory H2 is this JVM's alone).
        assumeTrue(TestServices.postgres() != null, "needs PASSERELLE_TEST_DATABASE_URL (PostgreSQL)");
        new PublishedProgram(events, sessions, jdbc, transaction, publisher, elasticsearch);
        String before = indexBehindAlias();

        Result result = reindex(Path.of("target", "reindex-it"));

        assertThat(result.exit()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines()).hasSize(1);
        Map<String, Object> report = JsonMapper.builder().build().readValue(result.stdout(), new TypeReference<>() {
        });
        // Three sessions, two of them published in both languages: one document per session.
        assertThat(report).containsEntry("documents", 3);
        assertThat(report.get("index")).isEqualTo(indexBehindAlias()).isNotEqualTo(before);
        elasticsearch.indices().refresh(r -> r.index(ALIAS));
        assertThat(elasticsearch.count(c -> c.index(ALIAS)).count()).isEqualTo(3);
    }

    @Test
    void refusesArgumentsThatAreNotProperties() throws Exception {
        Result result = run(Path.of("target", "reindex-it"), List.of("reindex", "everything"));
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.stderr()).contains("Usage: reindex");
        assertThat(result.stdout()).isEmpty();
    }

    private String indexBehindAlias() throws IOException {
        return elasticsearch.indices().getAlias(a -> a.name(ALIAS)).aliases().keySet().iterator().next();
    }

    private Result reindex(Path workDir) throws Exception {
        List<String> command = new ArrayList<>(List.of("reindex",
                "--passerelle.elasticsearch.url=" + TestElasticsearch.url(),
                "--passerelle.search.alias=" + ALIAS,
                "--passerelle.admin.password=" + TestServices.ADMIN_PASSWORD,
                "--passerelle.mt.tm.directory=" + workDir.resolve("tm").toAbsolutePath(),
                "--logging.file.name=" + workDir.resolve("passerelle.log").toAbsolutePath()));
        command.addAll(DATABASE.arguments());
        return run(workDir, command);
    }

    private static Result run(Path workDir, List<String> arguments) throws Exception {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), PasserelleApplication.class.getName()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).start();
        process.getOutputStream().close();
        var stdout = process.getInputStream().readAllBytes();
        var stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String stdout, String stderr) {
    }
}
