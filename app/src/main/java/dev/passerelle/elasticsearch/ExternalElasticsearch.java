package dev.passerelle.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import dev.passerelle.system.StartupFailure;

/** An existing cluster named by {@code PASSERELLE_ELASTICSEARCH_URL}; checked once at start-up so a typo fails fast. */
final class ExternalElasticsearch implements ElasticsearchNode {

    private static final String ACTION = "Start that cluster or fix PASSERELLE_ELASTICSEARCH_URL; leave it empty to run "
            + "the embedded node under ./data/elasticsearch.";

    private final URI uri;
    private final ClusterHealth health;

    ExternalElasticsearch(URI uri, Duration timeout) {
        this.uri = uri;
        this.health = new ClusterHealth(timeout);
    }

    static ExternalElasticsearch parse(String url, Duration timeout) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException(url);
            }
            return new ExternalElasticsearch(uri, timeout);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StartupFailure("PASSERELLE_ELASTICSEARCH_URL is not an http(s) URL: '" + url + "'.", ACTION);
        }
    }

    /** The JDK's HTTP client often wraps "Connection refused" in a message-less exception. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public void awaitReady() {
        URI printable = ClusterHealth.withoutUserInfo(uri);
        ClusterHealth.Answer answer;
        try {
            answer = health.check(uri);
        } catch (IOException e) {
            throw new StartupFailure("Elasticsearch at " + printable + " is unreachable (" + reason(e) + ").", ACTION, e);
        }
        if (answer.httpStatus() == 401 || answer.httpStatus() == 403) {
            throw new StartupFailure("Elasticsearch at " + printable + " refused our credentials (HTTP "
                    + answer.httpStatus() + ").", "Put user:password in PASSERELLE_ELASTICSEARCH_URL (https://user:password@host:9200).");
        }
        if (answer.httpStatus() != 200) {
            throw new StartupFailure("Elasticsearch at " + printable + " answered HTTP " + answer.httpStatus()
                    + " to /_cluster/health.", ACTION);
        }
    }
}
