package dev.passerelle.mt.microsoft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

class MicrosoftConnectorTest extends ProviderConnectorContract {

    @Override
    protected MtConnector connector(String baseUrl, MtServices services, Duration timeout) {
        return services.connector(new MicrosoftProvider(new MicrosoftProperties("ms-secret", "westeurope", null,
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
        return post(urlPathEqualTo("/translate"));
    }

    private static String answer(List<String> translations) {
        return MtHttp.JSON.writeValueAsString(translations.stream()
                .map(t -> Map.of("translations", List.of(Map.of("text", t, "to", "fr")))).toList());
    }

    @Override
    protected void stubTranslations(List<String> translations) {
        int metered = translations.stream().mapToInt(String::length).sum();
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations))
                .withHeader("X-metered-usage", String.valueOf(metered))));
    }

    @Override
    protected void stubError(int status, String message, Map<String, String> headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":" + status + "000,\"message\":\"" + message + "\"}}");
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
                        .withBody("{\"error\":{\"code\":429001,\"message\":\"The server rejected the request because the client has exceeded request limits.\"}}")));
        WIREMOCK.stubFor(translate().inScenario("rate").whenScenarioStateIs("open").willReturn(okJson(answer(translations))));
    }

    @Override
    protected void stubSlow(List<String> translations, Duration delay) {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations)).withFixedDelay((int) delay.toMillis())));
    }

    @Override
    protected List<List<String>> sentTexts() {
        return WIREMOCK.findAll(postRequestedFor(urlPathEqualTo("/translate"))).stream()
                .map(r -> MtHttp.JSON.readTree(r.getBodyAsString()).valueStream()
                        .map(item -> item.path("Text").asString()).toList())
                .toList();
    }

    @Override
    protected void assertAuthenticated(LoggedRequest request) {
        assertThat(request.getHeader("Ocp-Apim-Subscription-Key")).isEqualTo("ms-secret");
        assertThat(request.getHeader("Ocp-Apim-Subscription-Region")).isEqualTo("westeurope");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(request.queryParameter("api-version").firstValue()).isEqualTo("3.0");
        assertThat(request.queryParameter("from").firstValue()).isEqualTo("en");
        assertThat(request.queryParameter("to").firstValue()).isEqualTo("fr");
        assertThat(request.queryParameter("textType").firstValue()).isEqualTo("html");
    }

    @Test
    void meteredUsageIsSharedOverTheTextsAndTotalsExactly() {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(List.of("Bonjour", "Au revoir")))
                .withHeader("X-metered-usage", "13")));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello", "Goodbye"));

        assertThat(outcomes.stream().mapToLong(o -> o.result().provenance().billedCharacters()).sum()).isEqualTo(13);
        assertThat(services.costs.billed()).isEqualTo(13);
    }

    @Test
    void freeQuotaExhaustedFallsBack() {
        WIREMOCK.stubFor(translate().willReturn(aResponse().withStatus(403).withBody(
                "{\"error\":{\"code\":403000,\"message\":\"The subscription has exceeded its free quota.\"}}")));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello"));

        assertThat(outcomes.getFirst().reason()).contains("exceeded its free quota");
        assertThat(services.counter("passerelle.mt.fallbacks", "reason", "QUOTA_EXCEEDED")).isEqualTo(1);
    }

    @Test
    void oversizeRequestIsSplit() {
        WIREMOCK.stubFor(translate().withRequestBody(matchingJsonPath("$[1]")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withBody(
                        "{\"error\":{\"code\":400077,\"message\":\"The maximum request size has been exceeded.\"}}")));
        WIREMOCK.stubFor(translate().atPriority(2).willReturn(okJson(answer(List.of("Bonjour")))));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello", "Hi"));

        assertThat(targets(outcomes)).containsExactly("Bonjour", "Bonjour");
        assertThat(sentTexts()).containsExactly(List.of("Hello", "Hi"), List.of("Hello"), List.of("Hi"));
    }
}
