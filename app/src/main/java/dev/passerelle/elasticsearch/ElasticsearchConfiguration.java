package dev.passerelle.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the Elasticsearch (external URL or managed node), hands its address to Boot's auto-configured
 * {@code Rest5Client}/{@code ElasticsearchClient} and health indicator.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    private static final Duration EXTERNAL_CHECK_TIMEOUT = Duration.ofSeconds(3);

    /** Created early so the managed node boots while the rest of the context starts. */
    @Bean
    ElasticsearchNode elasticsearchNode(ElasticsearchNodeProperties properties) {
        if (properties.isManaged()) {
            return ManagedElasticsearch.start(ManagedElasticsearch.Settings.from(properties.managed()));
        }
        ExternalElasticsearch external = ExternalElasticsearch.parse(properties.url(), EXTERNAL_CHECK_TIMEOUT);
        external.awaitReady();
        return external;
    }

    @Bean
    ElasticsearchConnectionDetails elasticsearchConnectionDetails(ElasticsearchNode node) {
        Node address = toNode(node.uri());
        return () -> List.of(address);
    }

    static Node toNode(URI uri) {
        Protocol protocol = Protocol.valueOf(uri.getScheme().toUpperCase(Locale.ROOT));
        int port = uri.getPort() > 0 ? uri.getPort() : 9200;
        String userInfo = uri.getUserInfo();
        if (userInfo == null) {
            return new Node(uri.getHost(), port, protocol);
        }
        int colon = userInfo.indexOf(':');
        return colon < 0 ? new Node(uri.getHost(), port, protocol, userInfo, null)
                : new Node(uri.getHost(), port, protocol, userInfo.substring(0, colon), userInfo.substring(colon + 1));
    }
}
