package dev.passerelle.mt.deepl;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.mt.deepl.*}: the key ({@code auth-key}; keys ending {@code :fx} use the Free host), an optional
 * {@code base-url} overriding the host, {@code formality} and {@code model-type} (sent when set), the English variant
 * for English targets, the request timeout and how many requests may be in flight.
 */
@ConfigurationProperties("passerelle.mt.deepl")
public record DeepLProperties(
        String authKey,
        URI baseUrl,
        String formality,
        String modelType,
        @DefaultValue("EN-GB") String englishVariant,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("4") int maxInFlight) {

    static final URI PRO = URI.create("https://api.deepl.com");
    static final URI FREE = URI.create("https://api-free.deepl.com");

    /** The configured host, else Free for {@code :fx} keys and Pro for the others. */
    URI host() {
        if (baseUrl != null) {
            return baseUrl;
        }
        return authKey != null && authKey.endsWith(":fx") ? FREE : PRO;
    }

    @Override
    public String toString() {
        return "DeepLProperties[authKey=" + (authKey == null ? "unset" : "***") + ", host=" + host() + ", formality="
                + formality + ", modelType=" + modelType + ", timeout=" + timeout + ", maxInFlight=" + maxInFlight + "]";
    }
}
