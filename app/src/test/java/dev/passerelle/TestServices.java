package dev.passerelle;

import static org.awaitility.Awaitility.await;

import dev.passerelle.elasticsearch.TestElasticsearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /** PASSERELLE_TEST_DATABASE_URL when set, else an H2 file database under {@code dir} that processes can share. */
    public static Database database(Path dir) {
        String url = System.getenv("PASSERELLE_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, System.getenv().getOrDefault("PASSERELLE_TEST_DATABASE_USER", ""),
                    System.getenv().getOrDefault("PASSERELLE_TEST_DATABASE_PASSWORD", ""));
        }
        return new Database("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE", "sa", "");
    }

    /** Starts the app as its own JVM (so it can be killed like a real process) on this test run's classpath. */
    public static Process startApp(int port, Database database, Path workDir, Path log) throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), PasserelleApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--passerelle.elasticsearch.url=" + TestElasticsearch.url(),
                "--passerelle.admin.password=" + ADMIN_PASSWORD,
                "--passerelle.demo.enabled=false",
                "--passerelle.intake.inbox=" + workDir.resolve("inbox"),
                "--passerelle.mt.tm.directory=" + workDir.resolve("tm"),
                "--logging.file.name=" + workDir.resolve("passerelle.log")));
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

    /** A database the tests and the app instances they start share. */
    public record Database(String url, String user, String password) {

        public JdbcClient jdbc() {
            return JdbcClient.create(new DriverManagerDataSource(url, user, password));
        }
    }
}
