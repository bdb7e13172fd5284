package dev.passerelle.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The published-sessions index: alias {@value #ALIAS} over versioned indices {@code passerelle-sessions-v{N}} whose
 * settings and mapping are the resource {@code search/sessions-v{N}.json}. {@link #ensureIndex()} is idempotent and
 * safe to run from several instances at once; a mapping change is a new index, a bulk copy and one alias swap
 * (the minimal distribution has no {@code _reindex}). The previous index is kept for a manual rollback.
 * A full re-index from the database builds {@code passerelle-sessions-v{N}-{millis}} and swaps the alias to it.
 */
@Component
public class SearchIndex {

    public static final String ALIAS = "passerelle-sessions";
    public static final int MAPPING_VERSION = 3;

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int PAGE = 500;
    private static final String KEEP_ALIVE = "2m";

    /** What {@link #ensureIndex()} found and did. */
    public enum Action { UP_TO_DATE, CREATED, MIGRATED, NEWER_LEFT_ALONE }

    public record State(String index, Action action, long copiedDocuments) {
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final int version;

    @Autowired
    public SearchIndex(ElasticsearchClient client, @Value("${passerelle.search.alias:" + ALIAS + "}") String alias) {
        this(client, alias, MAPPING_VERSION);
    }

    /** For tests and tools: another alias, or another mapping version's resource. */
    public SearchIndex(ElasticsearchClient client, String alias, int version) {
        this.client = client;
        this.alias = alias;
        this.version = version;
    }

    public String indexName(int mappingVersion) {
        return alias + "-v" + mappingVersion;
    }

    public State ensureIndex() {
        try {
            String target = indexName(version);
            Set<String> current = aliasedIndices();
            if (current.size() == 1 && versionOf(current.iterator().next()).equals(Optional.of(version))) {
                log.info("Search index {} behind alias {} is up to date", target, alias);
                return new State(current.iterator().next(), Action.UP_TO_DATE, 0);
            }
            Optional<Integer> newest = current.stream().map(this::versionOf).flatMap(Optional::stream).max(Integer::compare);
            if (newest.isPresent() && newest.get() > version) {
                log.warn("Alias {} points to {}, newer than this build's mapping v{}: left alone", alias, current, version);
                return new State(indexName(newest.get()), Action.NEWER_LEFT_ALONE, 0);
            }
            if (current.isEmpty()) {
                createIndex(target, true);
                log.info("Created search index {} behind alias {}", target, alias);
                return new State(target, Action.CREATED, 0);
            }
            return migrate(current, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch: could not ensure the index behind " + alias, e);
        }
    }

    private State migrate(Set<String> sources, String target) throws IOException {
        createIndex(target, false);
        long copied = 0;
        for (String source : sources) {
            copied += copy(source, target);
        }
        compact(target);
        long expected = 0;
        for (String source : sources) {
            expected += client.count(c -> c.index(source)).count();
        }
        long actual = client.count(c -> c.index(target)).count();
        if (actual < expected) {
            throw new IllegalStateException("Copy to " + target + " holds " + actual + " documents, the old index "
                    + expected + ": alias " + alias + " left on " + sources);
        }
        swapAlias(sources, target);
        log.info("Migrated alias {} from {} to {} ({} documents copied); the old index is kept, delete it when no "
                + "longer needed", alias, sources, target, copied);
        return new State(target, Action.MIGRATED, copied);
    }

    /** Creates an empty index of this mapping version, not yet behind the alias, for a full re-index. */
    public String createFresh() {
        String index = indexName(version) + "-" + System.currentTimeMillis();
        try {
            createIndex(index, false);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch: could not create " + index, e);
        }
    }

    /**
     * Points the alias at {@code index} (built by a full re-index) in one request, then deletes the indices it
     * replaced: a full re-index rebuilds them from the database, so they hold nothing that could be lost.
     */
    public Set<String> switchTo(String index) {
        try {
            compact(index);
            Set<String> replaced = aliasedIndices();
            swapAlias(replaced, index);
            for (String old : replaced) {
                if (!old.equals(index)) {
                    client.indices().delete(d -> d.index(old));
                }
            }
            log.info("Alias {} now points to {} (replaced {})", alias, index, replaced);
            return replaced;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch: could not point " + alias + " to " + index, e);
        }
    }

    /** Deletes an index a failed re-index left behind. */
    public void discard(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException e) {
            log.warn("Could not delete the abandoned index {}: {}", index, e.getMessage());
        }
    }

    /**
     * Merges a freshly built index into one segment before it takes searches: a bulk load leaves about ten, and
     * every typo and prefix lookup walks each segment's term dictionary (a merged index answered the search
     * benchmark's queries in two thirds of the time). Later publications add small segments the merge policy handles.
     */
    private void compact(String index) throws IOException {
        client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L));
        client.indices().refresh(r -> r.index(index));
    }

    private Set<String> aliasedIndices() throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(g -> g.name(alias)).aliases().keySet();
    }

    private Optional<Integer> versionOf(String index) {
        Matcher m = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)(?:-\\d+)?").matcher(index);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Creates the index; another instance having created it first is fine. */
    private void createIndex(String index, boolean withAlias) throws IOException {
        try (InputStream mapping = mappingResource()) {
            client.indices().create(c -> {
                c.index(index).withJson(mapping);
                return withAlias ? c.aliases(alias, a -> a) : c;
            });
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            log.info("Search index {} already exists (created by another instance or an interrupted run)", index);
            if (withAlias && aliasedIndices().isEmpty()) {
                client.indices().putAlias(p -> p.index(index).name(alias));
            }
        }
    }

    private InputStream mappingResource() {
        String name = "search/sessions-v" + version + ".json";
        InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing index mapping resource " + name);
        }
        return in;
    }

    /** Copies every document with its id, page by page over a point in time. */
    private long copy(String source, String target) throws IOException {
        String pit = client.openPointInTime(o -> o.index(source).keepAlive(t -> t.time(KEEP_ALIVE))).id();
        long copied = 0;
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<JsonData> page = client.search(s -> {
                    s.pit(p -> p.id(pit).keepAlive(t -> t.time(KEEP_ALIVE)))
                            .size(PAGE)
                            .sort(o -> o.field(f -> f.field("_shard_doc")));
                    return searchAfter == null ? s : s.searchAfter(searchAfter);
                }, JsonData.class);
                List<Hit<JsonData>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return copied;
                }
                bulkIndex(target, hits);
                copied += hits.size();
                after = hits.getLast().sort();
            }
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
    }

    private void bulkIndex(String target, List<Hit<JsonData>> hits) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<JsonData> hit : hits) {
            bulk.operations(op -> op.index(i -> i.index(target).id(hit.id()).document(hit.source())));
        }
        SessionIndexer.throwOnErrors(client.bulk(bulk.build()), "Copy to " + target + " failed");
    }

    /** One request, so searches see the old index or the new one, never neither. */
    private void swapAlias(Set<String> sources, String target) throws IOException {
        try {
            client.indices().updateAliases(u -> {
                for (String source : sources) {
                    u.actions(a -> a.remove(r -> r.index(source).alias(alias)));
                }
                return u.actions(a -> a.add(add -> add.index(target).alias(alias)));
            });
        } catch (ElasticsearchException e) {
            // Another instance may have swapped first.
            if (!aliasedIndices().equals(Set.of(target))) {
                throw e;
            }
        }
    }
}
