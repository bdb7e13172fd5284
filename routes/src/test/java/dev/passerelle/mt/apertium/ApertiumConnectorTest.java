package dev.passerelle.mt.apertium;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtGlossary;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtOutcome;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtTestServices;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApertiumConnectorTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MtTestServices services = new MtTestServices();

    private MtConnector connector() {
        return services.services().connector(new ApertiumProvider(new ApertiumProperties(URI.create(WIREMOCK.baseUrl()),
                Duration.ofSeconds(5), 4), new MtHttp(Duration.ofSeconds(2))));
    }

    private static void stubPairs(String pairs) {
        WIREMOCK.stubFor(get(urlEqualTo("/listPairs")).willReturn(okJson(
                "{\"responseData\":[" + pairs + "],\"responseDetails\":null,\"responseStatus\":200}")));
    }

    private static List<MtRequest> requests(String... texts) {
        return List.of(texts).stream().map(t -> new MtRequest(t, null, 1, MtGlossary.EMPTY)).toList();
    }

    @Test
    void pairNotInstalledIsSaidClearlyAndNothingIsSent() {
        stubPairs("{\"sourceLanguage\":\"fra\",\"targetLanguage\":\"cat\"}");

        List<MtOutcome> outcomes = connector().translateExplained(new LanguagePair("en", "fr"), requests("Hello", "Bye"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.reason())
                .contains("pair eng|fra is not installed").contains("fra|cat"));
        WIREMOCK.verify(0, postRequestedFor(urlEqualTo("/translate")));
        WIREMOCK.verify(1, getRequestedFor(urlEqualTo("/listPairs")));
    }

    @Test
    void translatesOneTextPerRequestWithInlineCodes() {
        stubPairs("{\"sourceLanguage\":\"fra\",\"targetLanguage\":\"cat\"}");
        WIREMOCK.stubFor(post(urlEqualTo("/translate")).withRequestBody(containing("q=Bonjour"))
                .willReturn(okJson("{\"responseData\":{\"translatedText\":\"Bon dia\"},\"responseDetails\":null,\"responseStatus\":200}")));
        WIREMOCK.stubFor(post(urlEqualTo("/translate")).withRequestBody(containing("span"))
                .willReturn(okJson("{\"responseData\":{\"translatedText\":\"La <span id=\\\"g1\\\">xerrada</span>\"},"
                        + "\"responseDetails\":null,\"responseStatus\":200}")));

        List<MtOutcome> outcomes = connector().translateExplained(new LanguagePair("fr", "ca"),
                requests("Bonjour", "La <g1>conférence</g1>"));

        assertThat(outcomes).extracting(o -> o.result().target()).containsExactly("Bon dia", "La <g1>xerrada</g1>");
        var sent = WIREMOCK.findAll(postRequestedFor(urlEqualTo("/translate")));
        assertThat(sent).hasSize(2).allSatisfy(r -> {
            String form = URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8);
            assertThat(form).contains("langpair=fra|cat").contains("markUnknown=no");
        });
    }

    @Test
    void serverSayingThePairIsNotInstalledIsNotRetried() {
        stubPairs("{\"sourceLanguage\":\"eng\",\"targetLanguage\":\"fra\"}");
        WIREMOCK.stubFor(post(urlEqualTo("/translate")).willReturn(aResponse().withStatus(400).withBody(
                "{\"status\":\"error\",\"code\":400,\"message\":\"Bad Request\",\"explanation\":\"That pair is not installed\"}")));

        List<MtOutcome> outcomes = connector().translateExplained(new LanguagePair("en", "fr"), requests("Hello"));

        assertThat(outcomes.getFirst().reason()).contains("That pair is not installed");
        WIREMOCK.verify(1, postRequestedFor(urlEqualTo("/translate")));
    }
}
