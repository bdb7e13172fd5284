package dev.passerelle;

import java.nio.file.Path;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@code containers} profile (where Docker exists): PostgreSQL and Elasticsearch 9.2.8 with our plugin, built
 * from docker/elasticsearch/Dockerfile, each started once per test run and removed by Testcontainers at exit.
 */
public final class TestContainers {

    private static GenericContainer<?> postgres;
    private static GenericContainer<?> elasticsearch;

    private TestContainers() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("passerelle.test.containers");
    }

    public static synchronized String postgresUrl() {
        if (postgres == null) {
            postgres = new GenericContainer<>(DockerImageName.parse("postgres:17"))
                    .withEnv("POSTGRES_DB", "test").withEnv("POSTGRES_USER", "postgres")
                    .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust").withExposedPorts(5432)
                    .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2));
            postgres.start();
        }
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/test";
    }

    public static synchronized String elasticsearchUrl() {
        if (elasticsearch == null) {
            // Failsafe runs in app/; the plugin module's package phase has built the zip the Dockerfile copies.
            Path module = Path.of("..", "docker", "elasticsearch");
            elasticsearch = new GenericContainer<>(new ImageFromDockerfile("passerelle/elasticsearch-test", false)
                    .withFileFromPath("Dockerfile", module.resolve("Dockerfile"))
                    .withFileFromPath("target", module.resolve("target")))
                    .withEnv("discovery.type", "single-node").withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m").withExposedPorts(9200)
                    .waitingFor(Wait.forHttp("/_cluster/health").forPort(9200)
                            .withStartupTimeout(Duration.ofMinutes(3)));
            elasticsearch.start();
        }
        return "http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200);
    }
}
