package dev.passerelle.review;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Moves translated segments into the review queue, batch after batch while there is work. */
@Component
class ReviewQueueRoute extends RouteBuilder {

    private final ReviewQueue queue;

    ReviewQueueRoute(ReviewQueue queue) {
        this.queue = queue;
    }

    @Override
    public void configure() {
        from("{{passerelle.routes.review.from}}").routeId("review-queue").routeConfigurationId("pipeline-errors")
                .loopDoWhile(simple("${body} != 0"))
                    .bean(queue, "queueTranslated").id("queue-for-review")
                .end();
    }
}
