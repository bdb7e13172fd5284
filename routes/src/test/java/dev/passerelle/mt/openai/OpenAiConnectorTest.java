package dev.passerelle.mt.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtGlossary;
import dev.passerelle.mt.MtGlossary.MtGlossaryEntry;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtOutcome;
import dev.passerelle.mt.MtProviderException;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtServices;
import dev.passerelle.mt.Placeholders;
import dev.passerelle.mt.ProviderConnectorContract;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenAiConnectorTest extends ProviderConnectorContract {

    @Override
    protected MtConnector connector(String baseUrl, MtServices services, Duration timeout) {
        return services.connector(new OpenAiProvider(new OpenAiProperties(URI.create(baseUrl), "sk-secret",
                "mistral-small", 20, timeout, 2), new MtHttp(Duration.ofSeconds(2))));
    }

    @Override
    protected Placeholders.Style style() {
        return Placeholders.Style.XML;
    }

    @Override
    protected int authFailureStatus() {
        return 401;
    }

    private static MappingBuilder completions() {
        return post(urlEqualTo("/v1/chat/completions"));
    }

    private static String answer(String content) {
        return MtHttp.JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "choices", List.of(Map.of("index", 0,
                "message", Map.of("role", "assistant", "content", content), "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 50, "completion_tokens", 10, "total_tokens", 60)));
    }

    private static String translations(List<String> texts) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(Map.of("id", i + 1, "text", texts.get(i)));
        }
        return MtHttp.JSON.writeValueAsString(Map.of("translations", items));
    }

    @Override
    protected void stubTranslations(List<String> texts) {
        WIREMOCK.stubFor(completions().willReturn(okJson(answer(translations(texts)))));
    }

    @Override
    protected void stubError(int status, String message, Map<String, String> headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\",\"code\":null}}");
        headers.forEach(response::withHeader);
        WIREMOCK.stubFor(completions().willReturn(response));
    }

    @Override
    protected void stubBody(String raw) {
        WIREMOCK.stubFor(completions().willReturn(aResponse().withStatus(200).withBody(raw)));
    }

    @Override
    protected void stubRateLimitedOnceThen(List<String> texts) {
        WIREMOCK.stubFor(completions().inScenario("rate").whenScenarioStateIs(STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}")));
        WIREMOCK.stubFor(completions().inScenario("rate").whenScenarioStateIs("open")
                .willReturn(okJson(answer(translations(texts)))));
    }

    @Override
    protected void stubSlow(List<String> texts, Duration delay) {
        WIREMOCK.stubFor(completions().willReturn(okJson(answer(translations(texts))).withFixedDelay((int) delay.toMillis())));
    }

    private static JsonNode prompt(LoggedRequest request) {
        JsonNode body = MtHttp.JSON.readTree(request.getBodyAsString());
        return MtHttp.JSON.readTree(body.path("messages").path(1).path("content").asString());
    }

    @Override
    protected List<List<String>> sentTexts() {
        return WIREMOCK.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).stream()
                .map(r -> prompt(r).path("segments").valueStream().map(s -> s.path("text").asString()).toList())
                .toList();
    }

    @Override
    protected void assertAuthenticated(LoggedRequest request) {
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk-secret");
        JsonNode body = MtHttp.JSON.readTree(request.getBodyAsString());
        assertThat(body.path("model").asString()).isEqualTo("mistral-small");
        assertThat(body.path("messages").path(0).path("role").asString()).isEqualTo("system");
        assertThat(body.path("messages").path(0).path("content").asString()).contains("from English to French");
        assertThat(prompt(request).path("context").asString()).isEqualTo("Camel in action");
    }

    @Test
    void promptCarriesGlossaryTermsAndProtectsDoNotTranslateTerms() {
        stubTranslations(List.of("La présentation <keep id=\"t1\">Camel</keep>"));
        MtGlossary glossary = new MtGlossary("c1", List.of(new MtGlossaryEntry("talk", "présentation", false),
                new MtGlossaryEntry("Camel", null, true)));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR,
                List.of(new MtRequest("The Camel talk", "Title", 1, glossary)));

        assertThat(targets(outcomes)).containsExactly("La présentation Camel");
        JsonNode prompt = prompt(WIREMOCK.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).getFirst());
        assertThat(prompt.path("glossary").path(0).path("target").asString()).isEqualTo("présentation");
        assertThat(prompt.path("segments").path(0).path("text").asString())
                .isEqualTo("The <keep id=\"t1\">Camel</keep> talk");
    }

    @Test
    void answerThatDroppedAProtectedTermIsNotUsed() {
        stubTranslations(List.of("La présentation Chameau"));
        MtGlossary glossary = new MtGlossary("c1", List.of(new MtGlossaryEntry("Camel", null, true)));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR,
                List.of(new MtRequest("The Camel talk", "Title", 1, glossary)));

        assertThat(outcomes.getFirst().isTranslated()).isFalse();
    }

    @Test
    void reorderedOrFencedAnswersMapByIdAndDuplicatesAreRejected() {
        assertThat(OpenAiProvider.translations("```json\n{\"translations\":[{\"id\":2,\"text\":\"B\"},"
                + "{\"id\":1,\"text\":\"A\"}]}\n```", 2)).containsExactly("A", "B");
        assertThatThrownBy(() -> OpenAiProvider.translations(
                "{\"translations\":[{\"id\":1,\"text\":\"A\"},{\"id\":1,\"text\":\"B\"}]}", 2))
                .isInstanceOf(MtProviderException.class).hasMessageContaining("repeated");
    }

    @Test
    void shortAnswerIsRetriedThenHandedOn() {
        stubTranslations(List.of("Bonjour"));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello", "Goodbye"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.isTranslated()).isFalse());
        assertThat(sentTexts()).hasSize(3);
        assertThat(outcomes.getFirst().result()).isNull();
        assertThat(outcomes.getFirst().reason()).contains("openai");
    }
}
