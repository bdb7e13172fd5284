package dev.passerelle.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Passerelle's Elasticsearch is: {@code url} (env {@code PASSERELLE_ELASTICSEARCH_URL}) names an existing
 * cluster; left empty, the app runs a managed local node described by {@code managed}.
 */
@ConfigurationProperties("passerelle.elasticsearch")
public record ElasticsearchNodeProperties(String url, @DefaultValue Managed managed) {

    public boolean isManaged() {
        return url == null || url.isBlank();
    }

    /**
     * The managed node: its home directory, heap, the distribution zip (default: the local Maven repository's
     * copy) and how long start-up may take.
     */
    public record Managed(
            @DefaultValue("./data/elasticsearch") Path home,
            @DefaultValue("512m") String heap,
            Path distribution,
            @DefaultValue("90s") Duration startupTimeout) {
    }
}
