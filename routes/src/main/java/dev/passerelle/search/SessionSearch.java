package dev.passerelle.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Searches published sessions with one query in either language: both languages' fields are matched, so a French
 * query finds an English talk through its French translation; titles and snippets come back in the asked language.
 * Ranking: title over speakers over abstract, exact phrases boosted, typos forgiven in words of five letters or
 * more, and the last word completed as a prefix of title words and speaker names (search as you type).
 */
@Service
public class SessionSearch {

    private static final List<String> FIELDS =
            List.of("title_en^3", "title_fr^3", "speakers^2", "abstract_en", "abstract_fr");
    /** Exact phrases count in titles and speaker names; over the abstracts they cost more than they ranked. */
    private static final List<String> PHRASE_FIELDS = List.of("title_en^3", "title_fr^3", "speakers^2");
    /**
     * Both titles and the speaker names, unstemmed and accent-folded in one field (copy_to): typos and prefixes are
     * looked up in one term dictionary instead of three, which was most of the query's cost (search benchmark).
     */
    private static final String NAMES = "names";
    /**
     * One edit from five letters: the second edit allowed in long words doubled the cost of the fuzzy clause for
     * typos the relevance set never needed.
     */
    private static final String FUZZINESS = "AUTO:5,1000";
    /**
     * Up to three words: any of them; from four, seven in ten (rounded down). Without it a long question matched
     * every session sharing one common word: many times the hits for the facets to count, ranked below the real
     * answers anyway.
     */
    private static final String MOST_WORDS = "1<34% 3<70%";
    private static final int FUZZY_PREFIX = 2;
    private static final int FUZZY_EXPANSIONS = 20;
    private static final double TIE_BREAKER = 0.3;
    private static final int SNIPPET = 180;
    private static final int FACET_SIZE = 50;
    /** The terms aggregation inside each facet's filter aggregation. */
    private static final String VALUES = "values";
    private static final HighlightField SNIPPET_FIELD =
            HighlightField.of(f -> f.fragmentSize(SNIPPET).numberOfFragments(1).noMatchSize(SNIPPET));

    private final ElasticsearchClient client;
    private final String alias;
    private final QueryExpansion expansion;
    private final boolean showUntranslated;

    @Autowired
    public SessionSearch(ElasticsearchClient client, ObjectProvider<QueryExpansion> expansion,
                         @Value("${passerelle.search.alias:" + SearchIndex.ALIAS + "}") String alias,
                         @Value("${passerelle.program.untranslated:original}") String untranslated) {
        this(client, alias, expansion.getIfUnique(() -> QueryExpansion.NONE), untranslated);
    }

    /** For tests and tools: another alias. */
    public SessionSearch(ElasticsearchClient client, String alias, QueryExpansion expansion, String untranslated) {
        if (!"original".equals(untranslated) && !"hide".equals(untranslated)) {
            throw new IllegalArgumentException("passerelle.program.untranslated must be original or hide, not '"
                    + untranslated + "'");
        }
        this.client = client;
        this.alias = alias;
        this.expansion = expansion;
        this.showUntranslated = "original".equals(untranslated);
    }

    /** The first {@code size} matches, as the existing API returned them. */
    public SearchResult search(String query, String lang, int size) {
        return search(SessionQuery.of(query, lang, size));
    }

    public SearchResult search(SessionQuery query) {
        try {
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(request(query), Map.class);
            long total = response.hits().total() == null ? response.hits().hits().size()
                    : response.hits().total().value();
            @SuppressWarnings("rawtypes")
            List<Hit<Map>> hits = response.hits().hits();
            String next = hits.size() < query.size() ? null : Cursor.encode(hits.getLast().sort());
            return new SearchResult(total, hits.stream().map(hit -> hit(hit, query.lang())).toList(),
                    facets(response.aggregations()), next);
        } catch (IOException e) {
            throw new UncheckedIOException("Search is unavailable", e);
        }
    }

    /** The request sent to Elasticsearch for {@code query} (the benchmark sends the same one directly). */
    public SearchRequest request(SessionQuery query) {
        String lang = query.lang();
        String text = query.text().strip();
        List<Query> ways = new ArrayList<>();
        // Each language's title and abstract read as one text, so the words of a question may be spread over both.
        ways.add(Query.of(q -> q.multiMatch(m -> m.query(text).fields(FIELDS).type(TextQueryType.CrossFields)
                .tieBreaker(TIE_BREAKER).minimumShouldMatch(MOST_WORDS))));
        ways.add(Query.of(q -> q.match(m -> m.field(NAMES).query(text).fuzziness(FUZZINESS)
                .prefixLength(FUZZY_PREFIX).maxExpansions(FUZZY_EXPANSIONS).minimumShouldMatch(MOST_WORDS)
                .boost(1.5f))));
        ways.add(Query.of(q -> q.multiMatch(m -> m.query(text).fields(PHRASE_FIELDS).type(TextQueryType.Phrase)
                .boost(2f))));
        ways.add(Query.of(q -> q.matchBoolPrefix(m -> m.field(NAMES).query(text).minimumShouldMatch(MOST_WORDS)
                .boost(0.5f))));
        for (String alternative : expansion.expand(query.event(), text, lang)) {
            ways.add(Query.of(q -> q.multiMatch(m -> m.query(alternative).fields(FIELDS)
                    .type(TextQueryType.BestFields).tieBreaker(TIE_BREAKER).boost(0.7f))));
        }
        List<Query> filters = new ArrayList<>();
        if (query.event() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("event").value(query.event()))));
        }
        if (!showUntranslated) {
            filters.add(Query.of(q -> q.term(t -> t.field("published_" + lang).value(true))));
        }
        Map<Facet, Query> chosen = facetFilters(query.filters());
        return SearchRequest.of(s -> {
            s.index(alias).size(query.size()).trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.bool(b -> b.should(ways).minimumShouldMatch("1").filter(filters)))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("sessionId").order(SortOrder.Asc)))
                    // Highlighting re-runs its query on every hit: the exact words only, read from the term vectors
                    // (the fast vector highlighter), which cost a third less than re-reading the postings.
                    .highlight(h -> h.type(HighlighterType.FastVector).encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .highlightQuery(q -> q.multiMatch(m -> m.query(text)
                                    .fields("title_" + lang, "abstract_" + lang)))
                            .fields(NamedValue.of("title_" + lang, HighlightField.of(f -> f.numberOfFragments(0))))
                            // Snippets come from here, matched or not, so abstracts never travel in _source.
                            .fields(NamedValue.of("abstract_en", SNIPPET_FIELD))
                            .fields(NamedValue.of("abstract_fr", SNIPPET_FIELD)))
                    .source(src -> src.filter(f -> f.excludes("abstract_en", "abstract_fr")));
            // Facet filters narrow the hits after aggregating (post_filter), so each facet can count its values
            // under the query and the OTHER facets' filters only: choosing a track still shows the other tracks.
            if (!chosen.isEmpty()) {
                s.postFilter(q -> q.bool(b -> b.filter(List.copyOf(chosen.values()))));
            }
            for (Facet facet : Facet.values()) {
                List<Query> others = chosen.entrySet().stream().filter(e -> e.getKey() != facet)
                        .map(Map.Entry::getValue).toList();
                s.aggregations(facet.param(), a -> a.filter(f -> f.bool(b -> b.filter(others)))
                        .aggregations(VALUES, v -> v.terms(t -> t.field(facet.field()).size(FACET_SIZE))));
            }
            if (query.after() != null) {
                s.searchAfter(Cursor.decode(query.after()));
            }
            return s;
        });
    }

    /** One terms query per filtered facet (its values are alternatives), in facet order. */
    private static Map<Facet, Query> facetFilters(Map<Facet, List<String>> filters) {
        var queries = new EnumMap<Facet, Query>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                queries.put(facet, Query.of(q -> q.terms(t -> t.field(facet.field())
                        .terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
            }
        });
        return queries;
    }

    private static Map<String, List<FacetCount>> facets(Map<String, Aggregate> aggregations) {
        var facets = new LinkedHashMap<String, List<FacetCount>>();
        for (Facet facet : Facet.values()) {
            Aggregate scope = aggregations.get(facet.param());
            Aggregate aggregate = scope == null || !scope.isFilter() ? null
                    : scope.filter().aggregations().get(VALUES);
            List<StringTermsBucket> buckets = aggregate == null || !aggregate.isSterms() ? List.of()
                    : aggregate.sterms().buckets().array();
            facets.put(facet.param(), buckets.stream()
                    .map(b -> new FacetCount(b.key().stringValue(), b.docCount())).toList());
        }
        return facets;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SearchHit hit(Hit<Map> hit, String lang) {
        Map source = hit.source();
        String original = (String) source.get("originalLang");
        boolean published = Boolean.TRUE.equals(source.get("published_" + lang));
        // Not yet published in the asked language: show the original, flagged as such.
        String shown = published ? lang : ("mixed".equals(original) ? other(lang) : original);
        Map<String, List<String>> highlights = hit.highlight();
        String title = published && highlights.containsKey("title_" + lang)
                ? highlights.get("title_" + lang).getFirst() : escape((String) source.get("title_" + shown));
        List<String> snippets = highlights.get("abstract_" + shown);
        String snippet = snippets == null || snippets.isEmpty() ? null : snippets.getFirst();
        return new SearchHit(Long.parseLong((String) source.get("sessionId")), (String) source.get("event"),
                title, snippet, shown, original, Boolean.TRUE.equals(source.get("translated_" + shown)),
                (String) source.get("kind"), (String) source.get("track"), (String) source.get("room"),
                (String) source.get("start"), (List<String>) source.get("speakers"));
    }

    private static String other(String lang) {
        return "en".equals(lang) ? "fr" : "en";
    }

    private static String escape(String text) {
        return text == null ? null : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The opaque {@code after} of the next page: the last hit's sort values (score, session id). */
    static final class Cursor {

        private Cursor() {
        }

        static String encode(List<FieldValue> sort) {
            String plain = sort.get(0).doubleValue() + ":" + sort.get(1).stringValue();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static List<FieldValue> decode(String cursor) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int colon = plain.indexOf(':');
                String id = plain.substring(colon + 1);
                Long.parseLong(id);
                return List.of(FieldValue.of(Double.parseDouble(plain.substring(0, colon))), FieldValue.of(id));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("after is not a cursor this search returned: '" + cursor + "'");
            }
        }
    }

    /**
     * How many sessions matched, one page of them, the counts per facet value, and the cursor of the next page (null
     * on the last). A facet's counts are among the sessions matching the query and the other facets' filters, not
     * its own: they say how many sessions each value would add to (or leave in) the results.
     */
    public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String next) {
    }

    /** One value of a facet and how many matching sessions have it. */
    public record FacetCount(String value, long count) {
    }

    /**
     * One matching session: title and snippet as HTML-escaped text with {@code <mark>} around matches, in
     * {@code lang} (the asked language, or the original where no translation is published yet).
     */
    public record SearchHit(long sessionId, String event, String title, String snippet, String lang,
                            String originalLang, boolean translated, String kind, String track, String room,
                            String start, List<String> speakers) {
    }
}
