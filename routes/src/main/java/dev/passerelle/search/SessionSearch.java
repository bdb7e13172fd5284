package dev.passerelle.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Searches published sessions with one query in either language: both languages' fields are matched, so a French
 * query finds an English talk through its French translation; titles and snippets come back in the asked language.
 */
@Service
public class SessionSearch {

    private static final List<String> FIELDS =
            List.of("title_en^3", "title_fr^3", "abstract_en", "abstract_fr", "speakers^2");
    private static final int SNIPPET = 180;

    private final ElasticsearchClient client;

    public SessionSearch(ElasticsearchClient client) {
        this.client = client;
    }

    public SearchResult search(String query, String lang, int size) {
        if (!"en".equals(lang) && !"fr".equals(lang)) {
            throw new IllegalArgumentException("lang must be en or fr, not '" + lang + "'");
        }
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("q must not be empty");
        }
        try {
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(s -> s.index(SearchIndex.ALIAS).size(size)
                    .query(q -> q.bool(b -> b
                            .must(m -> m.multiMatch(mm -> mm.query(query).fields(FIELDS).type(TextQueryType.BestFields)))
                            .should(sh -> sh.multiMatch(mm -> mm.query(query).fields(FIELDS)
                                    .type(TextQueryType.Phrase).boost(2f)))))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields(NamedValue.of("title_" + lang, HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("abstract_" + lang,
                                    HighlightField.of(f -> f.fragmentSize(SNIPPET).numberOfFragments(1))))),
                    Map.class);
            long total = response.hits().total() == null ? response.hits().hits().size()
                    : response.hits().total().value();
            return new SearchResult(total, response.hits().hits().stream().map(hit -> hit(hit, lang)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Search is unavailable", e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static SearchHit hit(Hit<Map> hit, String lang) {
        Map source = hit.source();
        String original = (String) source.get("originalLang");
        boolean published = Boolean.TRUE.equals(source.get("published_" + lang));
        // Not yet published in the asked language: show the original, flagged as such.
        String shown = published ? lang : ("mixed".equals(original) ? other(lang) : original);
        Map<String, List<String>> highlights = hit.highlight();
        String title = published && highlights.containsKey("title_" + lang)
                ? highlights.get("title_" + lang).getFirst() : escape((String) source.get("title_" + shown));
        String snippet = published && highlights.containsKey("abstract_" + lang)
                ? highlights.get("abstract_" + lang).getFirst() : escape(abbreviate((String) source.get("abstract_" + shown)));
        return new SearchHit(Long.parseLong((String) source.get("sessionId")), (String) source.get("event"),
                title, snippet, shown, original, Boolean.TRUE.equals(source.get("translated_" + shown)));
    }

    private static String other(String lang) {
        return "en".equals(lang) ? "fr" : "en";
    }

    private static String abbreviate(String text) {
        if (text == null || text.length() <= SNIPPET) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET);
        return text.substring(0, cut > 0 ? cut : SNIPPET) + "…";
    }

    private static String escape(String text) {
        return text == null ? null : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** How many sessions matched, and the first page of them. */
    public record SearchResult(long total, List<SearchHit> hits) {
    }

    /**
     * One matching session: title and snippet as HTML-escaped text with {@code <mark>} around matches, in
     * {@code lang} (the asked language, or the original where no translation is published yet).
     */
    public record SearchHit(long sessionId, String event, String title, String snippet, String lang,
                            String originalLang, boolean translated) {
    }
}
