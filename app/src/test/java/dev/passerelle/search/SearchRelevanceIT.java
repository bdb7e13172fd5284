package dev.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.passerelle.elasticsearch.TestElasticsearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relevance of the bilingual search over the demo program and a generated one of 300 sessions, against the real
 * Elasticsearch with our analysis plugin: recall@5 (capped at five relevant, as BEIR's R_cap@5) and MRR per
 * language, from judgements written from the content. Fails below recall@5 0.9 in either language; the figures go
 * to target/relevance.txt.
 */
class SearchRelevanceIT {

    private static final double MIN_RECALL_AT_5 = 0.9;

    private static ElasticsearchClient client;
    private static String alias;
    private static SessionSearch search;
    private static List<SessionDocument> corpus;

    @BeforeAll
    static void indexCorpus() throws IOException {
        client = ElasticsearchClient.of(b -> b.host(TestElasticsearch.url()));
        alias = "relevance-" + UUID.randomUUID().toString().substring(0, 8);
        new SearchIndex(client, alias, SearchIndex.MAPPING_VERSION).ensureIndex();
        corpus = RelevanceProgram.documents();
        new SessionIndexer(client, alias).bulk(alias, corpus);
        client.indices().refresh(r -> r.index(alias));
        search = new SessionSearch(client, alias, QueryExpansion.NONE, "original");
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

    @Test
    void recallAtFiveIsAtLeastNinetyPercentInBothLanguages() throws IOException {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(306);
        List<RelevanceJudgements.Judged> judged = RelevanceJudgements.all(corpus);
        var report = new StringBuilder();
        var misses = new ArrayList<String>();
        for (String lang : List.of("en", "fr")) {
            List<RelevanceJudgements.Judged> queries = judged.stream().filter(j -> j.lang().equals(lang)).toList();
            assertThat(queries).as("queries in " + lang).hasSizeGreaterThanOrEqualTo(40);
            double recall = 0;
            double reciprocalRanks = 0;
            for (RelevanceJudgements.Judged j : queries) {
                List<Long> ranked = search.search(new SessionQuery(j.query(), lang, RelevanceProgram.EVENT,
                        java.util.Map.of(), 10, null)).hits().stream().map(SessionSearch.SearchHit::sessionId).toList();
                List<Long> top5 = ranked.subList(0, Math.min(5, ranked.size()));
                double r = (double) top5.stream().filter(j.relevant()::contains).count()
                        / Math.min(5, j.relevant().size());
                recall += r;
                int first = 0;
                for (int i = 0; i < ranked.size(); i++) {
                    if (j.relevant().contains(ranked.get(i))) {
                        first = i + 1;
                        break;
                    }
                }
                reciprocalRanks += first == 0 ? 0 : 1.0 / first;
                if (r < 1) {
                    misses.add(String.format(Locale.ROOT, "  %s \"%s\": recall@5 %.2f, relevant %s, got %s", lang,
                            j.query(), r, j.relevant(), top5));
                }
            }
            double recallAt5 = recall / queries.size();
            double mrr = reciprocalRanks / queries.size();
            report.append(String.format(Locale.ROOT, "%s: %d queries, recall@5 %.3f, MRR %.3f%n", lang,
                    queries.size(), recallAt5, mrr));
            assertThat(recallAt5).as("recall@5 in " + lang + "\n" + String.join("\n", misses))
                    .isGreaterThanOrEqualTo(MIN_RECALL_AT_5);
        }
        report.append("Queries below full recall@5:\n").append(String.join("\n", misses)).append('\n');
        Files.writeString(Path.of("target", "relevance.txt"), report);
        System.out.print(report);
    }
}
