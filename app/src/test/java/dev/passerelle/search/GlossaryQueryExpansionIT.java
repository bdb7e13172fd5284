package dev.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.passerelle.elasticsearch.TestElasticsearch;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.store.Glossaries;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application's query expansion (the seeded shared glossary) against the real Elasticsearch: a French query
 * finds an English-only session through the glossary's English term, which the bare query cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GlossaryQueryExpansionIT {

    private static final String EVENT = "expansion";

    private static ElasticsearchClient client;
    private static String alias;

    @Autowired
    QueryExpansion expansion;
    @Autowired
    Events events;
    @Autowired
    Glossaries glossaries;

    @BeforeAll
    static void indexEnglishOnlySessions() throws IOException {
        client = ElasticsearchClient.of(b -> b.host(TestElasticsearch.url()));
        alias = "expansion-" + UUID.randomUUID().toString().substring(0, 8);
        new SearchIndex(client, alias, SearchIndex.MAPPING_VERSION).ensureIndex();
        new SessionIndexer(client, alias).bulk(alias, List.of(
                englishOnly(1, "Surviving on-call without burning out", "Pages at night, sleep and handovers."),
                englishOnly(2, "Networking in Kubernetes", "Services, ingress and network policies.")));
        client.indices().refresh(r -> r.index(alias));
    }

    private static SessionDocument englishOnly(long id, String title, String abstractText) {
        return new SessionDocument(id, EVENT, "talk", "en", "Operations", "Salle Turing", null, null,
                List.of("Alice Martin"), title, abstractText, null, null, true, false, false, false);
    }

    @AfterAll
    static void dropIndex() throws IOException {
        if (client != null) {
            for (String index : client.indices().getAlias(g -> g.name(alias)).aliases().keySet()) {
                client.indices().delete(d -> d.index(index));
            }
            client.close();
        }
    }

    private static List<Long> found(SessionSearch search, String query) {
        return search.search(new SessionQuery(query, "fr", EVENT, Map.of(), 10, null)).hits().stream()
                .map(SessionSearch.SearchHit::sessionId).toList();
    }

    @Test
    void frenchGlossaryTermFindsTheEnglishOnlySession() {
        assertThat(expansion.expand(null, "astreinte", "fr")).contains("on-call");

        assertThat(found(new SessionSearch(client, alias, expansion, "original"), "astreinte")).containsExactly(1L);
        assertThat(found(new SessionSearch(client, alias, QueryExpansion.NONE, "original"), "astreinte")).isEmpty();
    }

    @Test
    void anEventsOwnGlossaryExpandsSearchesWithinThatEvent() {
        String slug = "exp-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = events.create(new NewEvent(slug, "Expansion", List.of("en", "fr"), null, null)).id();
        glossaries.create(eventId, slug, Concept.of("on-call", Term.preferred("en", "on-call"),
                Term.preferred("fr", "permanence")));

        assertThat(expansion.expand(slug, "permanence", "fr")).containsExactly("on-call");
        assertThat(expansion.expand(null, "permanence", "fr")).doesNotContain("on-call");
    }
}
