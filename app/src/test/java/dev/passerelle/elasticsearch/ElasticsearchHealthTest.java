package dev.passerelle.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.ElasticsearchClusterClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ElasticsearchHealthTest {

    private final ElasticsearchClient client = mock(ElasticsearchClient.class);

    @Test
    void aBootingNodeIsOutOfServiceWithoutBeingProbed() {
        var health = new ElasticsearchHealth(node(true), client).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("status", "starting");
        verifyNoInteractions(client);
    }

    @Test
    void anUnreachableClusterIsDown() throws IOException {
        ElasticsearchClusterClient cluster = mock(ElasticsearchClusterClient.class);
        when(client.cluster()).thenReturn(cluster);
        when(cluster.health()).thenThrow(new ConnectException("Connection refused"));

        var health = new ElasticsearchHealth(node(false), client).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "Connection refused");
    }

    private static ElasticsearchNode node(boolean starting) {
        return new ElasticsearchNode() {
            @Override
            public URI uri() {
                return URI.create("http://127.0.0.1:9200");
            }

            @Override
            public void awaitReady() {
            }

            @Override
            public boolean isStarting() {
                return starting;
            }
        };
    }
}
