package dev.passerelle.intake;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Watches the inbox ({@code inbox/{event}/*.md|*.txt}): each file becomes a session of the event named by its
 * folder; done files move to {@code .done/}, rejected ones to {@code .failed/} with a {@code .error.txt} beside them.
 */
@Component
class InboxRoute extends RouteBuilder {

    private final InboxIntake inbox;

    InboxRoute(InboxIntake inbox) {
        this.inbox = inbox;
    }

    @Override
    public void configure() {
        onException(Exception.class).maximumRedeliveries(0).logExhausted(false).handled(false)
                .bean(inbox, "explainRejection");

        from("{{passerelle.routes.inbox.from}}").routeId("inbox")
                .bean(inbox, "ingest").id("ingest-inbox-file");
    }
}
