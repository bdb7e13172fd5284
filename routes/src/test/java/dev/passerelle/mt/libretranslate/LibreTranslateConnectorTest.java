package dev.passerelle.mt.libretranslate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtOutcome;
import dev.passerelle.mt.MtServices;
import dev.passerelle.mt.Placeholders;
import dev.passerelle.mt.ProviderConnectorContract;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LibreTranslateConnectorTest extends ProviderConnectorContract {

    @Override
    protected MtConnector connector(String baseUrl, MtServices services, Duration timeout) {
        return services.connector(new LibreTranslateProvider(new LibreTranslateProperties(URI.create(baseUrl),
                "lt-secret", 2, 20_000, timeout, 2), new MtHttp(Duration.ofSeconds(2))));
    }

    @Override
    protected Placeholders.Style style() {
        return Placeholders.Style.HTML;
    }

    private static MappingBuilder translate() {
        return post(urlEqualTo("/translate"));
    }

    private static String answer(List<String> translations) {
        return MtHttp.JSON.writeValueAsString(Map.of("translatedText", translations));
    }

    @Override
    protected void stubTranslations(List<String> translations) {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations))));
    }

    @Override
    protected void stubError(int status, String message, Map<String, String> headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"" + message + "\"}");
        headers.forEach(response::withHeader);
        WIREMOCK.stubFor(translate().willReturn(response));
    }

    @Override
    protected void stubBody(String raw) {
        WIREMOCK.stubFor(translate().willReturn(aResponse().withStatus(200).withBody(raw)));
    }

    @Override
    protected void stubRateLimitedOnceThen(List<String> translations) {
        WIREMOCK.stubFor(translate().inScenario("rate").whenScenarioStateIs(STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"error\":\"Slowdown: 30 per 1 minute\"}")));
        WIREMOCK.stubFor(translate().inScenario("rate").whenScenarioStateIs("open").willReturn(okJson(answer(translations))));
    }

    @Override
    protected void stubSlow(List<String> translations, Duration delay) {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations)).withFixedDelay((int) delay.toMillis())));
    }

    @Override
    protected List<List<String>> sentTexts() {
        return WIREMOCK.findAll(postRequestedFor(urlEqualTo("/translate"))).stream()
                .map(r -> MtHttp.JSON.readTree(r.getBodyAsString()).path("q").valueStream().map(JsonNode::asString).toList())
                .toList();
    }

    @Override
    protected void assertAuthenticated(LoggedRequest request) {
        JsonNode body = MtHttp.JSON.readTree(request.getBodyAsString());
        assertThat(body.path("api_key").asString()).isEqualTo("lt-secret");
        assertThat(body.path("format").asString()).isEqualTo("html");
        assertThat(body.path("source").asString()).isEqualTo("en");
        assertThat(body.path("target").asString()).isEqualTo("fr");
    }

    @Test
    void batchesToTheServersBatchLimit() {
        stubTranslations(List.of("A", "B"));

        connector().translateExplained(EN_FR, requests("One", "Two", "Three", "Four"));

        assertThat(sentTexts()).extracting(List::size).containsExactly(2, 2);
    }

    @Test
    void textOverTheServerLimitIsGivenUpWithTheServersWords() {
        stubError(400, "Invalid request: request (5000) exceeds text limit (2000)", Map.of());

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello"));

        assertThat(outcomes.getFirst().reason()).contains("exceeds text limit");
        assertThat(sentTexts()).hasSize(1);
    }
}
