package dev.passerelle.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One Elasticsearch for every Spring context and forked app instance of a test run: the one named by
 * {@code PASSERELLE_TEST_ELASTICSEARCH_URL}, else a node started once by the managed launcher (under target/).
 * Registered in the tests' META-INF/spring.factories; acts on contexts with the "test" profile only.
 */
public final class TestElasticsearch implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static ElasticsearchNode node;

    public static synchronized String url() {
        String configured = System.getenv("PASSERELLE_TEST_ELASTICSEARCH_URL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (node == null) {
            node = ManagedElasticsearch.start(ManagedElasticsearch.Settings.from(new ElasticsearchNodeProperties.Managed(
                    Path.of("target/elasticsearch"), "512m", null, Duration.ofSeconds(120))));
        }
        node.awaitReady();
        return node.uri().toString();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.matchesProfiles("test")
                && environment.getProperty("passerelle.elasticsearch.url", "").isBlank()) {
            environment.getPropertySources().addFirst(
                    new MapPropertySource("test-elasticsearch", java.util.Map.of("passerelle.elasticsearch.url", url())));
        }
    }
}
