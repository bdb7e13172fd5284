package dev.passerelle.mt.deepl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtGlossary;
import dev.passerelle.mt.MtGlossary.MtGlossaryEntry;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtOutcome;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtServices;
import dev.passerelle.mt.Placeholders;
import dev.passerelle.mt.ProviderConnectorContract;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeepLConnectorTest extends ProviderConnectorContract {

    private static final String KEY = "0123-secret:fx";

    @Override
    protected MtConnector connector(String baseUrl, MtServices services, Duration timeout) {
        return services.connector(new DeepLProvider(properties(baseUrl, timeout), new MtHttp(Duration.ofSeconds(2))));
    }

    private static DeepLProperties properties(String baseUrl, Duration timeout) {
        return new DeepLProperties(KEY, baseUrl == null ? null : URI.create(baseUrl), "prefer_more", null, "EN-GB",
                timeout, 4);
    }

    @Override
    protected Placeholders.Style style() {
        return Placeholders.Style.XML;
    }

    private static MappingBuilder translate() {
        return post(urlEqualTo("/v2/translate"));
    }

    private static String answer(List<String> translations) {
        List<Map<String, Object>> items = translations.stream().<Map<String, Object>>map(t -> Map.of(
                "detected_source_language", "EN", "text", t, "billed_characters", t.length())).toList();
        return MtHttp.JSON.writeValueAsString(Map.of("translations", items));
    }

    @Override
    protected void stubTranslations(List<String> translations) {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations))));
    }

    @Override
    protected void stubError(int status, String message, Map<String, String> headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"" + message + "\"}");
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
                        .withBody("{\"message\":\"Too many requests\"}")));
        WIREMOCK.stubFor(translate().inScenario("rate").whenScenarioStateIs("open")
                .willReturn(okJson(answer(translations))));
    }

    @Override
    protected void stubSlow(List<String> translations, Duration delay) {
        WIREMOCK.stubFor(translate().willReturn(okJson(answer(translations)).withFixedDelay((int) delay.toMillis())));
    }

    @Override
    protected List<List<String>> sentTexts() {
        return WIREMOCK.findAll(postRequestedFor(urlEqualTo("/v2/translate"))).stream()
                .map(r -> MtHttp.JSON.readTree(r.getBodyAsString()).path("text").valueStream()
                        .map(JsonNode::asString).toList())
                .toList();
    }

    @Override
    protected void assertAuthenticated(LoggedRequest request) {
        assertThat(request.getHeader("Authorization")).isEqualTo("DeepL-Auth-Key " + KEY);
        assertThat(request.getHeader("User-Agent")).startsWith("passerelle-mt/");
    }

    private JsonNode lastBody() {
        return MtHttp.JSON.readTree(WIREMOCK.findAll(postRequestedFor(urlEqualTo("/v2/translate"))).getLast()
                .getBodyAsString());
    }

    @Test
    void sendsTheDocumentedFields() {
        stubTranslations(List.of("Bonjour"));

        connector().translateExplained(EN_FR, requests("Hello"));

        JsonNode body = lastBody();
        assertThat(body.path("source_lang").asString()).isEqualTo("EN");
        assertThat(body.path("target_lang").asString()).isEqualTo("FR");
        assertThat(body.path("context").asString()).isEqualTo("Camel in action");
        assertThat(body.path("formality").asString()).isEqualTo("prefer_more");
        assertThat(body.path("tag_handling").asString()).isEqualTo("xml");
        assertThat(body.path("show_billed_characters").asBoolean()).isTrue();
        assertThat(body.has("glossary_id")).isFalse();
    }

    @Test
    void englishTargetUsesTheConfiguredVariantAndAutoDetectOmitsTheSource() {
        stubTranslations(List.of("Hello"));

        connector().translateExplained(new LanguagePair("auto", "en"), requests("Bonjour"));

        assertThat(lastBody().has("source_lang")).isFalse();
        assertThat(lastBody().path("target_lang").asString()).isEqualTo("EN-GB");
    }

    @Test
    void batchesAtFiftyTextsAndRecordsBilledCharacters() {
        WIREMOCK.stubFor(translate().willReturn(okJson("""
                {"translations":[{{#each (jsonPath request.body '$.text') as |t|}}{"detected_source_language":"EN",\
                "text":"fr {{t}}","billed_characters":7}{{#unless @last}},{{/unless}}{{/each}}]}""")
                .withTransformers("response-template")));
        List<String> texts = IntStream.range(0, 120).mapToObj(i -> "Segment number " + i).toList();

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR,
                texts.stream().map(t -> new MtRequest(t, "Title", 1, MtGlossary.EMPTY)).toList());

        assertThat(sentTexts()).extracting(List::size).containsExactlyInAnyOrder(50, 50, 20);
        assertThat(outcomes.get(119).result().target()).isEqualTo("fr Segment number 119");
        assertThat(services.costs.billed()).isEqualTo(120 * 7);
        assertThat(services.costs.forEvent(1)).singleElement().satisfies(c -> assertThat(c.requests()).isEqualTo(3));
        assertThat(services.counter("passerelle.mt.characters.billed", "provider", "deepl")).isEqualTo(120 * 7);
    }

    @Test
    void sessionsWithDifferentTitlesGoInSeparateRequests() {
        stubTranslations(List.of("Bonjour"));

        connector().translateExplained(EN_FR, List.of(new MtRequest("Hello", "Talk A", 1, MtGlossary.EMPTY),
                new MtRequest("Goodbye", "Talk B", 1, MtGlossary.EMPTY)));

        assertThat(sentTexts()).containsExactlyInAnyOrder(List.of("Hello"), List.of("Goodbye"));
    }

    @Test
    void quotaExceededFallsBackAndPausesDeepL() {
        stubError(456, "Quota exceeded", Map.of());
        MtConnector connector = connector();

        List<MtOutcome> first = connector.translateExplained(EN_FR, requests("Hello"));
        List<MtOutcome> second = connector.translateExplained(EN_FR, requests("Goodbye"));

        assertThat(first.getFirst().reason()).contains("456").contains("Quota exceeded");
        assertThat(second.getFirst().reason()).contains("circuit open").contains("456");
        assertThat(sentTexts()).hasSize(1);
        assertThat(services.counter("passerelle.mt.fallbacks", "reason", "QUOTA_EXCEEDED")).isEqualTo(1);
        assertThat(services.registry.get("passerelle.mt.circuit.open").tag("provider", "deepl").gauge().value())
                .isEqualTo(1);
    }

    @Test
    void tooLargeRequestIsSplitInHalves() {
        WIREMOCK.stubFor(translate().withRequestBody(matchingJsonPath("$.text[1]")).atPriority(1)
                .willReturn(aResponse().withStatus(413).withBody("{\"message\":\"Payload too large\"}")));
        WIREMOCK.stubFor(translate().atPriority(2).willReturn(okJson(answer(List.of("Bonjour")))));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello", "Hi"));

        assertThat(targets(outcomes)).containsExactly("Bonjour", "Bonjour");
        assertThat(sentTexts()).containsExactly(List.of("Hello", "Hi"), List.of("Hello"), List.of("Hi"));
    }

    @Test
    void budgetStopsMachineTranslationBeforeItIsExceeded() {
        stubTranslations(List.of("Bonjour"));
        services.eventBudget(1, 8);

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello", "A longer sentence"));

        assertThat(outcomes.get(0).reason()).contains("budget of 8 characters");
        assertThat(sentTexts()).isEmpty();
    }

    @Test
    void glossaryIsCreatedOnceByChecksumAndProtectedTermsAreKept() {
        WIREMOCK.stubFor(get(urlEqualTo("/v2/glossaries")).willReturn(okJson("{\"glossaries\":[]}")));
        WIREMOCK.stubFor(post(urlEqualTo("/v2/glossaries")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"glossary_id":"def3a26b-3e84-45b3-84ae-0c0aaf3525f7","name":"n","ready":true,
                         "source_lang":"EN","target_lang":"FR","creation_time":"2021-08-03T14:16:18.329Z","entry_count":1}""")));
        stubTranslations(List.of("La <keep id=\"t1\">Camel</keep> conférence"));
        MtGlossary glossary = new MtGlossary("abc123", List.of(new MtGlossaryEntry("talk", "présentation", false),
                new MtGlossaryEntry("Camel", null, true)));
        MtConnector connector = connector();

        List<MtOutcome> outcomes = connector.translateExplained(EN_FR,
                List.of(new MtRequest("The Camel talk", "T", 1, glossary)));
        connector.translateExplained(EN_FR, List.of(new MtRequest("Another Camel talk", "T", 1, glossary)));

        assertThat(targets(outcomes)).containsExactly("La Camel conférence");
        WIREMOCK.verify(1, postRequestedFor(urlEqualTo("/v2/glossaries"))
                .withRequestBody(matchingJsonPath("$.entries", equalTo("talk\tprésentation")))
                .withRequestBody(matchingJsonPath("$.entries_format", equalTo("tsv"))));
        WIREMOCK.verify(1, getRequestedFor(urlEqualTo("/v2/glossaries")));
        assertThat(lastBody().path("glossary_id").asString()).isEqualTo("def3a26b-3e84-45b3-84ae-0c0aaf3525f7");
        assertThat(sentTexts().getFirst()).containsExactly("The <keep id=\"t1\">Camel</keep> talk");
    }

    @Test
    void freeKeysUseTheFreeHostAndKeysNeverShowInToString() {
        assertThat(properties(null, Duration.ofSeconds(1)).host()).isEqualTo(DeepLProperties.FREE);
        assertThat(new DeepLProperties("abc", null, null, null, "EN-GB", Duration.ofSeconds(1), 4).host())
                .isEqualTo(DeepLProperties.PRO);
        assertThat(connector().toString()).doesNotContain("secret");
        assertThat(new ArrayList<>(List.of(properties(null, Duration.ofSeconds(1)))).toString()).doesNotContain("secret");
    }
}
