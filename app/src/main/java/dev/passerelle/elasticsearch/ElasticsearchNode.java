package dev.passerelle.elasticsearch;

import java.net.URI;

/** The Elasticsearch the app talks to: an existing cluster or the managed local node. */
public interface ElasticsearchNode extends AutoCloseable {

    /** The HTTP endpoint, known before the node is ready; may carry user info for basic authentication. */
    URI uri();

    /** Blocks until the node answers cluster health with yellow or green; throws a one-line failure otherwise. */
    void awaitReady();

    /** Whether the node is still booting (only a managed node ever is); health reports it without probing. */
    default boolean isStarting() {
        return false;
    }

    @Override
    default void close() {
    }
}
