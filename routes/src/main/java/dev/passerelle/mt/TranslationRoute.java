package dev.passerelle.mt;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Picks up NEW segments and translates them through the connector chain, batch after batch while there is work. */
@Component
class TranslationRoute extends RouteBuilder {

    private final TranslationWork translation;

    TranslationRoute(TranslationWork translation) {
        this.translation = translation;
    }

    @Override
    public void configure() {
        from("{{passerelle.routes.translation.from}}").routeId("translation").routeConfigurationId("pipeline-errors")
                .loopDoWhile(simple("${body} != 0"))
                    .bean(translation, "translateNextBatch").id("translate-segments")
                .end();
    }
}
