package dev.passerelle.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import java.io.IOException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code elasticsearch} health component: cluster health (GET / is not served by the minimal distribution),
 * and OUT_OF_SERVICE without probing while the managed node is still booting, so start-up logs stay quiet.
 */
@Component("elasticsearch")
class ElasticsearchHealth implements HealthIndicator {

    private final ElasticsearchNode node;
    private final ElasticsearchClient client;

    ElasticsearchHealth(ElasticsearchNode node, ElasticsearchClient client) {
        this.node = node;
        this.client = client;
    }

    @Override
    public Health health() {
        if (node.isStarting()) {
            return Health.outOfService().withDetail("status", "starting").build();
        }
        try {
            HealthResponse cluster = client.cluster().health();
            Health.Builder health = cluster.status() == HealthStatus.Red ? Health.down() : Health.up();
            return health.withDetail("status", cluster.status().jsonValue())
                    .withDetail("clusterName", cluster.clusterName())
                    .withDetail("numberOfNodes", cluster.numberOfNodes())
                    .withDetail("activeShards", cluster.activeShards()).build();
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
