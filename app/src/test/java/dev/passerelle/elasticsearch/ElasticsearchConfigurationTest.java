package dev.passerelle.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import dev.passerelle.system.StartupFailure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;

class ElasticsearchConfigurationTest {

    @Test
    void turnsTheUrlIntoBootsNodeWithCredentials() {
        assertThat(ElasticsearchConfiguration.toNode(URI.create("https://elastic:s3cret@search.example.org:9243")))
                .isEqualTo(new Node("search.example.org", 9243, Protocol.HTTPS, "elastic", "s3cret"));
        assertThat(ElasticsearchConfiguration.toNode(URI.create("http://127.0.0.1")))
                .isEqualTo(new Node("127.0.0.1", 9200, Protocol.HTTP));
    }

    @Test
    void unreachableUrlFailsWithOneLineWithoutTheCredentials() {
        ExternalElasticsearch external = ExternalElasticsearch.parse("http://user:pw@127.0.0.1:" + FreePort.pick(),
                Duration.ofSeconds(2));

        assertThatThrownBy(external::awaitReady)
                .isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("Elasticsearch at http://127.0.0.1:")
                .hasMessageContaining("is unreachable")
                .hasMessageNotContaining("pw")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void rejectsANonHttpUrl() {
        assertThatThrownBy(() -> ExternalElasticsearch.parse("localhost:9200", Duration.ofSeconds(1)))
                .isInstanceOf(StartupFailure.class)
                .hasMessage("PASSERELLE_ELASTICSEARCH_URL is not an http(s) URL: 'localhost:9200'.");
    }

    @Test
    void readsTheClusterStatus() {
        assertThat(ClusterHealth.status("{\"cluster_name\":\"x\",\"status\" : \"yellow\",\"timed_out\":false}")).hasValue("yellow");
        assertThat(new ClusterHealth.Answer(200, ClusterHealth.status("{\"status\":\"red\"}")).ready()).isFalse();
    }
}
