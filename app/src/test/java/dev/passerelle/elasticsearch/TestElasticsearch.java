package dev.passerelle.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;
import dev.passerelle.TestContainers;

/**
 * One Elasticsearch for every Spring context and forked app instance of a test run: the one named by
 * {@code PASSERELLE_TEST_ELASTICSEARCH_URL}, else the containers profile's, else a node started once by the
 * managed launcher (under target/).
 */
public final class TestElasticsearch {

    private TestElasticsearch() {
    }

    private static ElasticsearchNode node;

    public static synchronized String url() {
        String configured = System.getenv("PASSERELLE_TEST_ELASTICSEARCH_URL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (TestContainers.enabled()) {
            return TestContainers.elasticsearchUrl();
        }
        if (node == null) {
            node = ManagedElasticsearch.start(ManagedElasticsearch.Settings.from(new ElasticsearchNodeProperties.Managed(
                    Path.of("target/elasticsearch"), "512m", null, Duration.ofSeconds(120))));
        }
        node.awaitReady();
        return node.uri().toString();
    }
}
