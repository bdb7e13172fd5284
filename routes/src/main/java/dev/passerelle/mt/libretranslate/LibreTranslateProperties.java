package dev.passerelle.mt.libretranslate;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.mt.libretranslate.*}: the server's {@code base-url}, its {@code api-key} when it requires one,
 * the server's batch and character limits ({@code max-texts}, {@code max-characters}), timeout and requests in flight.
 */
@ConfigurationProperties("passerelle.mt.libretranslate")
public record LibreTranslateProperties(
        URI baseUrl,
        String apiKey,
        @DefaultValue("25") int maxTexts,
        @DefaultValue("20000") int maxCharacters,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("2") int maxInFlight) {

    @Override
    public String toString() {
        return "LibreTranslateProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "***")
                + ", maxTexts=" + maxTexts + ", timeout=" + timeout + "]";
    }
}
