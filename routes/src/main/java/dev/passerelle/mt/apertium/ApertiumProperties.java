package dev.passerelle.mt.apertium;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code passerelle.mt.apertium.*}: the APy server's {@code base-url}, request timeout and requests in flight. */
@ConfigurationProperties("passerelle.mt.apertium")
public record ApertiumProperties(
        URI baseUrl,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("4") int maxInFlight) {
}
