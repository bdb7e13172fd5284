package dev.passerelle.mt.microsoft;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.mt.microsoft.*}: {@code api-key} (Ocp-Apim-Subscription-Key), {@code region} of the resource (sent
 * when set), optional Custom Translator {@code category}, {@code base-url}, request timeout and requests in flight.
 */
@ConfigurationProperties("passerelle.mt.microsoft")
public record MicrosoftProperties(
        String apiKey,
        String region,
        String category,
        @DefaultValue("https://api.cognitive.microsofttranslator.com") URI baseUrl,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("4") int maxInFlight) {

    @Override
    public String toString() {
        return "MicrosoftProperties[apiKey=" + (apiKey == null ? "unset" : "***") + ", region=" + region
                + ", category=" + category + ", baseUrl=" + baseUrl + ", timeout=" + timeout + "]";
    }
}
