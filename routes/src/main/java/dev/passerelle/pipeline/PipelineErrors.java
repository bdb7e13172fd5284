package dev.passerelle.pipeline;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/** Shared error handling of the pipeline routes: bounded redelivery with back-off, then the work is parked. */
@Component
class PipelineErrors extends RouteConfigurationBuilder {

    static final String ID = "pipeline-errors";

    private final PipelineFailures failures;

    PipelineErrors(PipelineFailures failures) {
        this.failures = failures;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(WorkFailedException.class)
                .maximumRedeliveries("{{passerelle.routes.redelivery.maximum}}")
                .redeliveryDelay("{{passerelle.routes.redelivery.delay}}")
                .useExponentialBackOff().backOffMultiplier(2)
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logExhausted(false)
                .handled(true)
                .bean(failures, "park(${exception})");
    }
}
