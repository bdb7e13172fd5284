package dev.passerelle.intake.program;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Polls every event's program URL that is due, fetches it over HTTP and imports it; a source that fails (network,
 * HTTP error, unreadable file) records why and never holds up the others.
 */
@Component
class ProgramImportRoute extends RouteBuilder {

    private final ProgramSources sources;
    private final ProgramPoll poll;

    ProgramImportRoute(ProgramSources sources, ProgramPoll poll) {
        this.sources = sources;
        this.poll = poll;
    }

    @Override
    public void configure() {
        from("{{passerelle.routes.program-import.from}}").routeId("program-import")
                .bean(sources, "due")
                .split(body())
                    .setProperty("source", body())
                    .doTry()
                        .removeHeaders("*")
                        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                        .setHeader("Accept", constant("application/json, application/xml;q=0.9, text/csv;q=0.8"))
                        .setHeader(Exchange.HTTP_URI, method(poll, "url"))
                        .setBody(constant(null))
                        .to("{{passerelle.routes.program-import.fetch}}").id("fetch-program")
                        .convertBodyTo(byte[].class)
                        .bean(poll, "fetched")
                    .doCatch(Exception.class)
                        .bean(poll, "failed")
                    .end()
                .end();
    }
}
