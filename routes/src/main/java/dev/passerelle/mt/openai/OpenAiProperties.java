package dev.passerelle.mt.openai;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.mt.openai.*}: an OpenAI-compatible server ({@code base-url}: OpenAI, Mistral, vLLM, Ollama…), its
 * {@code api-key} (local servers often need none), the {@code model}, segments per prompt, timeout and requests in
 * flight.
 */
@ConfigurationProperties("passerelle.mt.openai")
public record OpenAiProperties(
        @DefaultValue("https://api.openai.com") URI baseUrl,
        String apiKey,
        String model,
        @DefaultValue("20") int maxTexts,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("2") int maxInFlight) {

    @Override
    public String toString() {
        return "OpenAiProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "***") + ", model="
                + model + ", maxTexts=" + maxTexts + ", timeout=" + timeout + "]";
    }
}
