package dev.passerelle.mt.modernmt;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.mt.modernmt.*}: {@code api-key} (MMT-ApiKey), optional memory {@code hints}, {@code base-url},
 * request timeout and requests in flight.
 */
@ConfigurationProperties("passerelle.mt.modernmt")
public record ModernMtProperties(
        String apiKey,
        List<Long> hints,
        @DefaultValue("https://api.modernmt.com") URI baseUrl,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("4") int maxInFlight) {

    public ModernMtProperties {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    @Override
    public String toString() {
        return "ModernMtProperties[apiKey=" + (apiKey == null ? "unset" : "***") + ", hints=" + hints + ", baseUrl="
                + baseUrl + ", timeout=" + timeout + "]";
    }
}
