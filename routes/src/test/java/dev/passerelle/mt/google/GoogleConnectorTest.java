package dev.passerelle.mt.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.passerelle.mt.LanguagePair;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Google v2 (API key) against the contract; v3 translateText in {@link V3}. */
class GoogleConnectorTest extends ProviderConnectorContract {

    private static final String PATH = "/language/translate/v2";

    @Override
    protected MtConnector connector(String baseUrl, MtServices services, Duration timeout) {
        return services.connector(new GoogleProvider(new GoogleProperties("AIza-secret", null, null, "global", null,
                URI.create(baseUrl), timeout, 4), new MtHttp(Duration.ofSeconds(2))));
    }

    @Override
    protected Placeholders.Style style() {
        return Placeholders.Style.HTML;
    }

    private static MappingBuilder translate() {
        return post(urlPathEqualTo(PATH));
    }

    private static String answer(List<String> translations) {
        return MtHttp.JSON.writeValueAsString(Map.of("data", Map.of("translations",
                translations.stream().map(t -> Map.of("translatedText", t, "detectedSourceLanguage", "en")).toList())));
    }

    @Override
    protected void stubTranslations(List<String> translations) {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations))));
    }

    @Override
    protected void stubError(int status, String message, Map<String, String> headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\",\"errors\":[{\"message\":\""
                        + message + "\",\"domain\":\"global\",\"reason\":\"forbidden\"}],\"status\":\"PERMISSION_DENIED\"}}");
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
                        .withBody("{\"error\":{\"code\":429,\"message\":\"Too many requests\"}}")));
        WIREMOCK.stubFor(translate().inScenario("rate").whenScenarioStateIs("open").willReturn(okJson(answer(translations))));
    }

    @Override
    protected void stubSlow(List<String> translations, Duration delay) {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations)).withFixedDelay((int) delay.toMillis())));
    }

    @Override
    protected List<List<String>> sentTexts() {
        return WIREMOCK.findAll(postRequestedFor(urlPathEqualTo(PATH))).stream()
                .map(r -> MtHttp.JSON.readTree(r.getBodyAsString()).path("q").valueStream().map(JsonNode::asString).toList())
                .toList();
    }

    @Override
    protected void assertAuthenticated(LoggedRequest request) {
        assertThat(request.queryParameter("key").firstValue()).isEqualTo("AIza-secret");
        JsonNode body = MtHttp.JSON.readTree(request.getBodyAsString());
        assertThat(body.path("format").asString()).isEqualTo("html");
        assertThat(body.path("source").asString()).isEqualTo("en");
        assertThat(body.path("target").asString()).isEqualTo("fr");
    }

    @Test
    void htmlEscapedAnswersAreUnescaped() {
        stubTranslations(List.of("L&#39;orateur &amp; l&#39;équipe"));

        assertThat(targets(connector().translateExplained(EN_FR, requests("The speaker & the team"))))
                .containsExactly("L'orateur & l'équipe");
    }

    @Test
    void userRateLimitOn403IsRetriedNotTreatedAsAuthFailure() {
        WIREMOCK.stubFor(translate().inScenario("403").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(403).withBody(
                        "{\"error\":{\"code\":403,\"message\":\"User Rate Limit Exceeded\"}}")));
        WIREMOCK.stubFor(translate().inScenario("403").whenScenarioStateIs("ok").willReturn(okJson(answer(List.of("Bonjour")))));

        assertThat(targets(connector().translateExplained(EN_FR, requests("Hello")))).containsExactly("Bonjour");
    }

    @Test
    void googleBillsWhatIsSent() {
        stubTranslations(List.of("Bonjour"));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello"));

        assertThat(outcomes.getFirst().result().provenance().billedCharacters()).isEqualTo(5);
        assertThat(services.costs.billed()).isEqualTo(5);
    }

    @Test
    void autoDetectOmitsTheSource() {
        stubTranslations(List.of("Bonjour"));

        connector().translateExplained(new LanguagePair("auto", "fr"), requests("Hello"));

        assertThat(MtHttp.JSON.readTree(WIREMOCK.findAll(postRequestedFor(urlPathEqualTo(PATH))).getLast()
                .getBodyAsString()).has("source")).isFalse();
    }

    @Nested
    class V3 {

        private static final String V3_PATH = "/v3/projects/my-proj/locations/global:translateText";

        @Test
        void translateTextWithBearerTokenAndDocumentedFields() {
            WIREMOCK.stubFor(post(urlEqualTo(V3_PATH)).willReturn(okJson("""
                    {"translations":[{"translatedText":"Bonjour le monde"},{"translatedText":"Bonjour"}]}""")));
            MtConnector connector = services.services().connector(new GoogleProvider(new GoogleProperties(null,
                    "ya29.token", "my-proj", "global", null, URI.create(WIREMOCK.baseUrl()), Duration.ofSeconds(5), 4),
                    new MtHttp(Duration.ofSeconds(2))));

            List<MtOutcome> outcomes = connector.translateExplained(EN_FR, requests("Hello world", "Good morning"));

            assertThat(targets(outcomes)).containsExactly("Bonjour le monde", "Bonjour");
            LoggedRequest sent = WIREMOCK.findAll(postRequestedFor(urlEqualTo(V3_PATH))).getFirst();
            assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer ya29.token");
            JsonNode body = MtHttp.JSON.readTree(sent.getBodyAsString());
            assertThat(body.path("contents").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("Hello world", "Good morning");
            assertThat(body.path("mimeType").asString()).isEqualTo("text/html");
            assertThat(body.path("sourceLanguageCode").asString()).isEqualTo("en");
            assertThat(body.path("targetLanguageCode").asString()).isEqualTo("fr");
        }
    }
}
