package dev.passerelle.mt.modernmt;

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

class ModernMtConnectorTest extends ProviderConnectorContract {

    @Override
    protected MtConnector connector(String baseUrl, MtServices services, Duration timeout) {
        return services.connector(new ModernMtProvider(new ModernMtProperties("mmt-secret", List.of(123L),
                URI.create(baseUrl), timeout, 4), new MtHttp(Duration.ofSeconds(2))));
    }

    @Override
    protected Placeholders.Style style() {
        return Placeholders.Style.HTML;
    }

    @Override
    protected int authFailureStatus() {
        return 401;
    }

    private static MappingBuilder translate() {
        return post(urlEqualTo("/translate"));
    }

    private static String answer(List<String> translations) {
        return MtHttp.JSON.writeValueAsString(Map.of("status", 200, "data", translations.stream()
                .map(t -> Map.of("translation", t, "characters", t.length(), "billedCharacters", t.length() + 1,
                        "detectedLanguage", "en"))
                .toList()));
    }

    @Override
    protected void stubTranslations(List<String> translations) {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations))));
    }

    @Override
    protected void stubError(int status, String message, Map<String, String> headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":" + status + ",\"error\":{\"type\":\"AuthenticationException\",\"message\":\""
                        + message + "\"}}");
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
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody(
                        "{\"status\":429,\"error\":{\"type\":\"TooManyRequestsException\",\"message\":\"Too many requests\"}}")));
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
        assertThat(request.getHeader("MMT-ApiKey")).isEqualTo("mmt-secret");
        assertThat(request.getHeader("X-HTTP-Method-Override")).isEqualTo("GET");
        assertThat(request.getHeader("MMT-Platform")).isNotBlank();
        JsonNode body = MtHttp.JSON.readTree(request.getBodyAsString());
        assertThat(body.path("hints").path(0).asLong()).isEqualTo(123);
        assertThat(body.path("format").asString()).isEqualTo("text/html");
    }

    @Test
    void billedCharactersComeFromTheAnswer() {
        stubTranslations(List.of("Bonjour", "Au revoir"));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello", "Goodbye"));

        assertThat(outcomes).extracting(o -> o.result().provenance().billedCharacters()).containsExactly(8L, 10L);
        assertThat(services.costs.billed()).isEqualTo(18);
    }
}
