package dev.passerelle.mt.google;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.mt.google.*}: {@code api-key} for Translation v2 (Basic), or {@code access-token} (OAuth) with
 * {@code project} and {@code location} for v3 {@code translateText} (used when both are set); optional {@code model};
 * {@code base-url}, request timeout and requests in flight.
 */
@ConfigurationProperties("passerelle.mt.google")
public record GoogleProperties(
        String apiKey,
        String accessToken,
        String project,
        @DefaultValue("global") String location,
        String model,
        @DefaultValue("https://translation.googleapis.com") URI baseUrl,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("4") int maxInFlight) {

    boolean advanced() {
        return accessToken != null && !accessToken.isBlank() && project != null && !project.isBlank();
    }

    @Override
    public String toString() {
        return "GoogleProperties[apiKey=" + (apiKey == null ? "unset" : "***") + ", accessToken="
                + (accessToken == null ? "unset" : "***") + ", project=" + project + ", location=" + location
                + ", model=" + model + ", baseUrl=" + baseUrl + ", timeout=" + timeout + "]";
    }
}
