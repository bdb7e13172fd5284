package dev.passerelle;

import static org.awaitility.Awaitility.await;

import dev.passerelle.elasticsearch.TestElasticsearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The real services integration tests run against, and app instances started as separate processes. */
public final class TestServices {

    /** The organiser password every test context and instance shares (application-test.yml sets it too). */
    public static final String ADMIN_PASSWORD = "test-admin-password-42";

    private TestServices() {
    }

    public static ApiClient admin(int port) {
        return new ApiClient(port, "admin", ADMIN_PASSWORD);
    }

    /**
     * A database of the test's own, so that no other live test context's pipeline touches its work: a fresh schema
     * {@code name} on PASSERELLE_TEST_DATABASE_URL when set (Flyway creates it), else an H2 database of its own
     * (a file under {@code fileDir} that separate processes share through H2's auto-server mode, or in memory when
     * fileDir is null).
     */
    public static Database isolatedDatabase(String name, Path fileDir) {
        Database shared = postgres();
        if (shared != null) {
            String url = shared.url();
            return new Database(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, shared.user(),
                    shared.password(), name);
        }
        String h2 = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return fileDir == null
                ? new Database("jdbc:h2:mem:" + name + h2 + ";DB_CLOSE_DELAY=-1", "sa", "", null)
                : new Database("jdbc:h2:file:" + fileDir.resolve(name).toAbsolutePath() + h2 + ";AUTO_SERVER=TRUE",
                        "sa", "", null);
    }

    /** PASSERELLE_TEST_DATABASE_URL (_USER, _PASSWORD), or the containers profile's PostgreSQL; null: H2. */
    public static Database postgres() {
        String url = System.getenv("PASSERELLE_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, System.getenv().getOrDefault("PASSERELLE_TEST_DATABASE_USER", ""),
                    System.getenv().getOrDefault("PASSERELLE_TEST_DATABASE_PASSWORD", ""), null);
        }
        return TestContainers.enabled() ? new Database(TestContainers.postgresUrl(), "postgres", "", null) : null;
    }

    /** Starts the app as its own JVM (so it can be killed like a real process) on this test run's classpath. */
    public static Process startApp(int port, Database database, Path workDir, Path log) throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), PasserelleApplication.class.getName(),
                "--server.port=" + port,
                "--passerelle.elasticsearch.url=" + TestElasticsearch.url(),
                "--passerelle.admin.password=" + ADMIN_PASSWORD,
                "--passerelle.demo.enabled=false",
                "--passerelle.intake.inbox=" + workDir.resolve("inbox"),
                "--passerelle.mt.tm.directory=" + workDir.resolve("tm"),
                "--logging.file.name=" + workDir.resolve("passerelle.log")));
        command.addAll(database.arguments());
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    public static void awaitHealthy(int port, Process process) {
        ApiClient anonymous = new ApiClient(port, null, null);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app instance on port " + port + " exited with "
                        + process.exitValue());
            }
            try {
                return anonymous.get("/actuator/health").getStatusCode().is2xxSuccessful();
            } catch (RuntimeException notListeningYet) {
                return false;
            }
        });
    }

    /** A database the tests and the app instances they start share; {@code schema} is null where the URL says all. */
    public record Database(String url, String user, String password, String schema) {

        public JdbcClient jdbc() {
            return JdbcClient.create(new DriverManagerDataSource(url, user, password));
        }

        /** The same, as Spring properties. */
        public Map<String, String> properties() {
            var properties = new LinkedHashMap<String, String>();
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", password);
            if (schema != null) {
                properties.put("spring.flyway.default-schema", schema);
            }
            return properties;
        }

        /** The same, as command-line arguments of the app. */
        public List<String> arguments() {
            return properties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
        }
    }
}
