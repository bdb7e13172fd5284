package dev.passerelle.elasticsearch;

import dev.passerelle.search.SearchIndex;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Starts the pipeline routes once Elasticsearch is ready and the search index exists, so that publishing never
 * races the index's creation; work waiting in the database since the last run resumes then.
 */
@Component
class PipelineStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PipelineStartup.class);

    private final ElasticsearchNode node;
    private final SearchIndex searchIndex;
    private final CamelContext camel;

    PipelineStartup(ElasticsearchNode node, SearchIndex searchIndex, CamelContext camel) {
        this.node = node;
        this.searchIndex = searchIndex;
        this.camel = camel;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        node.awaitReady();
        searchIndex.ensureIndex();
        camel.getRouteController().startAllRoutes();
        log.info("Pipeline started: {} routes", camel.getRoutes().size());
    }
}
