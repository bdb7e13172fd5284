package dev.passerelle.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import dev.passerelle.search.SearchIndex;
import dev.passerelle.search.SearchIndex.Action;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/** Against the real Elasticsearch of the test profile (PASSERELLE_TEST_ELASTICSEARCH_URL or the managed node). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SearchIndexIT {

    @Autowired
    ElasticsearchClient client;

    @Test
    void applicationStartCreatedTheSessionsIndexBehindItsAlias() throws Exception {
        // The mapping version's index, or a full re-index of it (passerelle-sessions-v{N}-{millis}).
        assertThat(client.indices().getAlias(g -> g.name(SearchIndex.ALIAS)).aliases().keySet()).singleElement()
                .asString().matches("passerelle-sessions-v" + SearchIndex.MAPPING_VERSION + "(-\\d+)?");
    }

    @Test
    void createsAFreshIndexThenDoesNothing() throws Exception {
        SearchIndex index = new SearchIndex(client, "it-fresh-sessions", 1);
        deleteIndices("it-fresh-sessions-v1");

        assertThat(index.ensureIndex()).isEqualTo(new SearchIndex.State("it-fresh-sessions-v1", Action.CREATED, 0));
        assertThat(index.ensureIndex()).isEqualTo(new SearchIndex.State("it-fresh-sessions-v1", Action.UP_TO_DATE, 0));

        var mapping = client.indices().getMapping(m -> m.index("it-fresh-sessions")).get("it-fresh-sessions-v1");
        assertThat(mapping.mappings().properties()).containsKeys("sessionId", "title_fr", "abstract_en", "published_fr",
                "translated_en", "speakers");
        assertThat(mapping.mappings().properties().get("title_fr").text().analyzer()).isEqualTo("passerelle_french");
        assertThat(mapping.mappings().properties().get("speakers").text().analyzer()).isEqualTo("passerelle_folding");
    }

    @Test
    void migratesFromAnOlderVersionWithoutLosingDocumentsAndSwapsTheAlias() throws Exception {
        String alias = "it-migrate-sessions";
        deleteIndices(alias + "-v0", alias + "-v1");
        client.indices().create(c -> c.index(alias + "-v0")
                .withJson(new StringReader("""
                        {"settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}},
                         "mappings": {"properties": {"sessionId": {"type": "keyword"}, "title_en": {"type": "text"}}}}
                        """))
                .aliases(alias, a -> a));
        int documents = 1234;
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(alias + "-v0").refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        for (int i = 0; i < documents; i++) {
            String id = "s-" + i;
            bulk.operations(op -> op.index(d -> d.id(id).document(Map.of("sessionId", id, "title_en", "Talk " + id))));
        }
        assertThat(client.bulk(bulk.build()).errors()).isFalse();

        SearchIndex.State state = new SearchIndex(client, alias, 1).ensureIndex();

        assertThat(state).isEqualTo(new SearchIndex.State(alias + "-v1", Action.MIGRATED, documents));
        assertThat(client.indices().getAlias(g -> g.name(alias)).aliases()).containsOnlyKeys(alias + "-v1");
        assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(documents);
        assertThat(client.get(g -> g.index(alias).id("s-42"), Map.class).source()).containsEntry("title_en", "Talk s-42");
        assertThat(client.indices().exists(e -> e.index(alias + "-v0")).value()).as("old index kept").isTrue();
        assertThat(new SearchIndex(client, alias, 1).ensureIndex().action()).isEqualTo(Action.UP_TO_DATE);
    }

    @Test
    void aFullReIndexIsMergedIntoOneSegmentBeforeItTakesTheAlias() throws Exception {
        String alias = "it-switch-sessions";
        SearchIndex index = new SearchIndex(client, alias, SearchIndex.MAPPING_VERSION);
        String fresh = index.createFresh();
        try {
            // Three refreshed batches: three segments, as a bulk load leaves several.
            for (int batch = 0; batch < 3; batch++) {
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(fresh)
                        .refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
                for (int i = 0; i < 50; i++) {
                    String id = batch + "-" + i;
                    bulk.operations(op -> op.index(d -> d.id(id).document(Map.of("sessionId", id,
                            "title_en", "Talk " + id))));
                }
                assertThat(client.bulk(bulk.build()).errors()).isFalse();
            }
            assertThat(client.cat().segments(c -> c.index(fresh)).segments()).hasSizeGreaterThan(1);

            index.switchTo(fresh);

            assertThat(client.indices().getAlias(g -> g.name(alias)).aliases()).containsOnlyKeys(fresh);
            assertThat(client.cat().segments(c -> c.index(fresh)).segments()).hasSize(1);
            assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(150);
        } finally {
            deleteIndices(fresh);
        }
    }

    /** Re-runs against a long-lived PASSERELLE_TEST_ELASTICSEARCH_URL start clean (wildcards are refused). */
    private void deleteIndices(String... names) throws Exception {
        client.indices().delete(d -> d.index(java.util.List.of(names)).ignoreUnavailable(true));
    }
}
