package dev.passerelle.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes published sessions into the search index (document id = session id, so re-indexing is idempotent). */
@Component
public class SessionIndexer {

    private final ElasticsearchClient client;

    public SessionIndexer(ElasticsearchClient client) {
        this.client = client;
    }

    public void index(SessionDocument document) {
        try {
            // require_alias: never let a write auto-create a concrete index where the alias belongs.
            client.index(i -> i.index(SearchIndex.ALIAS).requireAlias(true).id(Long.toString(document.sessionId()))
                    .document(source(document)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index session " + document.sessionId(), e);
        }
    }

    /** Removes the session's document; nothing happens when it was never indexed. */
    public void remove(long sessionId) {
        try {
            client.delete(d -> d.index(SearchIndex.ALIAS).id(Long.toString(sessionId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove session " + sessionId + " from the index", e);
        }
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
