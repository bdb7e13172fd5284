package dev.passerelle.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes published sessions into the search index (document id = session id, so re-indexing is idempotent). */
@Component
public class SessionIndexer {

    private final ElasticsearchClient client;
    private final String alias;

    @Autowired
    public SessionIndexer(ElasticsearchClient client,
                          @Value("${passerelle.search.alias:" + SearchIndex.ALIAS + "}") String alias) {
        this.client = client;
        this.alias = alias;
    }

    public void index(SessionDocument document) {
        try {
            // require_alias: never let a write auto-create a concrete index where the alias belongs.
            client.index(i -> i.index(alias).requireAlias(true).id(id(document.sessionId()))
                    .document(source(document)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index session " + document.sessionId(), e);
        }
    }

    /** Removes the session from search; a session that was not indexed is fine. */
    public void delete(long sessionId) {
        try {
            client.delete(d -> d.index(alias).id(id(sessionId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove session " + sessionId + " from search", e);
        }
    }

    /** Indexes a batch into {@code index} (the alias, or a concrete index being built) in one bulk request. */
    public void bulk(String index, List<SessionDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (SessionDocument d : documents) {
            bulk.operations(op -> op.index(i -> i.index(index).id(id(d.sessionId())).document(source(d))));
        }
        try {
            throwOnErrors(client.bulk(bulk.build()), "Bulk indexing into " + index + " failed");
        } catch (IOException e) {
            throw new UncheckedIOException("Bulk indexing into " + index + " failed", e);
        }
    }

    /** A bulk request answers 200 even when documents were refused: {@code failure}, with the first refusal. */
    static void throwOnErrors(BulkResponse response, String failure) {
        if (response.errors()) {
            String firstError = response.items().stream().filter(item -> item.error() != null)
                    .map(item -> item.id() + ": " + item.error().reason()).findFirst().orElse("?");
            throw new IllegalStateException(failure + ", e.g. " + firstError);
        }
    }

    private static String id(long sessionId) {
        return Long.toString(sessionId);
    }

    static Map<String, Object> source(SessionDocument d) {
        var source = new HashMap<String, Object>();
        source.put("sessionId", Long.toString(d.sessionId()));
        source.put("event", d.event());
        source.put("kind", d.kind());
        source.put("originalLang", d.originalLang());
        source.put("track", d.track());
        source.put("room", d.room());
        if (d.start() != null) {
            source.put("start", d.start().toString());
            source.put("day", d.start().toLocalDate().toString());
        }
        if (d.end() != null) {
            source.put("end", d.end().toString());
        }
        source.put("speakers", d.speakers());
        source.put("title_en", MarkdownText.plain(d.titleEn()));
        source.put("abstract_en", MarkdownText.plain(d.abstractEn()));
        source.put("title_fr", MarkdownText.plain(d.titleFr()));
        source.put("abstract_fr", MarkdownText.plain(d.abstractFr()));
        source.put("published_en", d.publishedEn());
        source.put("published_fr", d.publishedFr());
        source.put("translated_en", d.translatedEn());
        source.put("translated_fr", d.translatedFr());
        return source;
    }
}
