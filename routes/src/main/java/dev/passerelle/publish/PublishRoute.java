package dev.passerelle.publish;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Publishes sessions that became publishable in a language and indexes them, batch after batch. */
@Component
class PublishRoute extends RouteBuilder {

    private final Publisher publisher;

    PublishRoute(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void configure() {
        from("{{passerelle.routes.publish.from}}").routeId("publish").routeConfigurationId("pipeline-errors")
                .loopDoWhile(simple("${body} != 0"))
                    .bean(publisher, "publishNextBatch").id("publish-sessions")
                .end();
    }
}
