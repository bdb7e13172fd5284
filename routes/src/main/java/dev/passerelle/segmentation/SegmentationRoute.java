package dev.passerelle.segmentation;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Picks up received sessions and segments them, batch after batch while there is work. */
@Component
class SegmentationRoute extends RouteBuilder {

    private final SessionSegmentation segmentation;

    SegmentationRoute(SessionSegmentation segmentation) {
        this.segmentation = segmentation;
    }

    @Override
    public void configure() {
        from("{{passerelle.routes.segmentation.from}}").routeId("segmentation").routeConfigurationId("pipeline-errors")
                .loopDoWhile(simple("${body} != 0"))
                    .bean(segmentation, "segmentNextBatch").id("segment-sessions")
                .end();
    }
}
