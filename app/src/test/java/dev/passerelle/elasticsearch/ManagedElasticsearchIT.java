package dev.passerelle.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;

/** Starts the real node from the Maven repository's distribution with our plugin, as the app does by default. */
class ManagedElasticsearchIT {

    @Test
    void runsTheNodeWithTheFrenchAnalyzerAndStopsIt() throws Exception {
        assumeFalse(Preflight.currentUid().orElse(-1) == 0,
                "Elasticsearch refuses root: run the build as a normal user to test the launcher");
        ElasticsearchNodeProperties.Managed managed = new ElasticsearchNodeProperties.Managed(
                Path.of("target/elasticsearch-launcher-it"), "512m", null, Duration.ofSeconds(120));
        ManagedElasticsearch node = ManagedElasticsearch.start(ManagedElasticsearch.Settings.from(managed));
        long pid;
        List<ProcessHandle> processes;
        try {
            node.awaitReady();
            pid = node.pid().orElseThrow();
            processes = ProcessHandle.of(pid).orElseThrow().descendants().toList();

            try (Rest5Client rest = Rest5Client.builder(HttpHost.create(node.uri())).build()) {
                ElasticsearchClient client = new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
                List<String> tokens = client.indices()
                        .analyze(a -> a.analyzer("passerelle_french").text("Les déploiements de l'infrastructure"))
                        .tokens().stream().map(AnalyzeToken::token).toList();

                // "les"/"de" are stop words, "l'" is elided, accents folded, plurals and suffixes stemmed
                // (FrenchLightStemFilter: "déploiements" -> "deplo").
                assertThat(tokens).containsExactly("deplo", "infrastructur");
            }
        } finally {
            node.close();
        }

        assertThat(ProcessHandle.of(pid)).isEmpty();
        assertThat(processes).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(isListening(node.uri().getPort())).isFalse();
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
