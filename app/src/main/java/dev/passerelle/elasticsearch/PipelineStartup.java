package dev.passerelle.elasticsearch;

import dev.passerelle.search.SearchIndex;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Starts the pipeline routes once Elasticsearch is ready and the search index exists, so that publishing never
 * races the index's creation; work waiting in the database since the last run resumes then. A command that needs
 * the index but not the pipeline (such as {@code reindex}) sets {@code passerelle.pipeline.start-routes=false}.
 */
@Component
class PipelineStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PipelineStartup.class);

    private final ElasticsearchNode node;
    private final SearchIndex searchIndex;
    private final CamelContext camel;
    private final boolean startRoutes;

    PipelineStartup(ElasticsearchNode node, SearchIndex searchIndex, CamelContext camel,
                    @Value("${passerelle.pipeline.start-routes:true}") boolean startRoutes) {
        this.node = node;
        this.searchIndex = searchIndex;
        this.camel = camel;
        this.startRoutes = startRoutes;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        node.awaitReady();
        searchIndex.ensureIndex();
        if (!startRoutes) {
            return;
        }
        camel.getRouteController().startAllRoutes();
        log.info("Pipeline started: {} routes", camel.getRoutes().size());
    }
}
