package dev.passerelle.program;

import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Enough connections to Elasticsearch for concurrent attendees: the client's default of ten per node made
 * searches queue inside the app under load (see the search benchmark).
 */
@Configuration(proxyBeanMethods = false)
class SearchConnectionPool {

    @Bean
    Rest5ClientBuilderCustomizer elasticsearchConnections(
            @Value("${passerelle.search.max-connections:64}") int maxConnections) {
        return new Rest5ClientBuilderCustomizer() {
            @Override
            public void customize(co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder builder) {
            }

            @Override
            public void customize(PoolingAsyncClientConnectionManagerBuilder connections) {
                connections.setMaxConnPerRoute(maxConnections).setMaxConnTotal(maxConnections);
            }
        };
    }
}
