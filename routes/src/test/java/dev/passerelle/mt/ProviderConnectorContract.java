package dev.passerelle.mt;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every MT provider connector must do against a WireMock stub of its documented API: keep order, send each
 * distinct text once, never twice across runs, round-trip inline codes, honour Retry-After, give segments up with a
 * reason on auth failures, malformed or short answers and timeouts. Subclasses stub their provider's shapes.
 */
public abstract class ProviderConnectorContract {

    protected static final LanguagePair EN_FR = new LanguagePair("en", "fr");

    @RegisterExtension
    protected static final WireMockExtension WIREMOCK = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    protected MtTestServices services;

    @BeforeEach
    void freshServices() {
        services = new MtTestServices();
    }

    /** The connector under test, pointed at the stub, with the given request timeout. */
    protected abstract MtConnector connector(String baseUrl, MtServices services, Duration timeout);

    /** Answers every translate request with these provider-markup texts (and billing, where the provider bills). */
    protected abstract void stubTranslations(List<String> translations);

    /** Answers translate requests with an error status and the provider's documented error body. */
    protected abstract void stubError(int status, String message, Map<String, String> headers);

    /** Answers translate requests with a body that is not JSON. */
    protected abstract void stubBody(String raw);

    /** The texts each recorded translate request carried, in request order. */
    protected abstract List<List<String>> sentTexts();

    /** Asserts the credential travelled the documented way. */
    protected abstract void assertAuthenticated(LoggedRequest request);

    protected abstract Placeholders.Style style();

    protected MtConnector connector() {
        return connector(WIREMOCK.baseUrl(), services.services(), Duration.ofSeconds(5));
    }

    protected static List<MtRequest> requests(String... texts) {
        return List.of(texts).stream().map(t -> new MtRequest(t, "Camel in action", 1, MtGlossary.EMPTY)).toList();
    }

    protected static List<String> targets(List<MtOutcome> outcomes) {
        return outcomes.stream().map(o -> o.isTranslated() ? o.result().target() : null).toList();
    }

    protected String markup(String letterCoded) {
        return Placeholders.encode(letterCoded, List.of(), style()).text();
    }

    protected List<LoggedRequest> recorded() {
        return WIREMOCK.findAll(anyRequestedFor(anyUrl()));
    }

    @Test
    void keepsOrderAndSendsEachDistinctTextOnce() {
        stubTranslations(List.of("Bonjour", "Au revoir"));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello", "Goodbye", "Hello"));

        assertThat(targets(outcomes)).containsExactly("Bonjour", "Au revoir", "Bonjour");
        assertThat(sentTexts().stream().flatMap(List::stream)).containsExactlyInAnyOrder(markup("Hello"),
                markup("Goodbye"));
        assertAuthenticated(recorded().getLast());
        assertThat(outcomes.getFirst().result().provenance().connector()).isEqualTo(connector().id());
        assertThat(outcomes.getFirst().result().provenance().at()).isNotNull();
    }

    @Test
    void secondRunSendsNothing() {
        stubTranslations(List.of("Bonjour", "Au revoir"));
        connector().translateExplained(EN_FR, requests("Hello", "Goodbye"));
        long sent = services.costs.sent();

        List<MtOutcome> again = connector().translateExplained(EN_FR, requests("Hello", " Goodbye "));

        assertThat(targets(again)).containsExactly("Bonjour", "Au revoir");
        assertThat(sentTexts().stream().flatMap(List::stream)).hasSize(2);
        assertThat(services.costs.sent()).isEqualTo(sent).isPositive();
        assertThat(again).allSatisfy(o -> assertThat(o.result().provenance().billedCharacters()).isZero());
    }

    @Test
    void inlineCodesRoundTrip() {
        stubTranslations(List.of(markup("Les routes <g1>Camel</g1> sont là<x2/> & ailleurs")));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR,
                requests("The <g1>Camel</g1> routes are here<x2/> & there"));

        assertThat(targets(outcomes)).containsExactly("Les routes <g1>Camel</g1> sont là<x2/> & ailleurs");
        assertThat(sentTexts().getFirst()).containsExactly(markup("The <g1>Camel</g1> routes are here<x2/> & there"));
    }

    @Test
    void translationThatLostAnInlineCodeIsNotUsed() {
        stubTranslations(List.of(markup("Les routes Camel sont là<x2/>")));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR,
                requests("The <g1>Camel</g1> routes are here<x2/>"));

        assertThat(outcomes.getFirst().isTranslated()).isFalse();
        assertThat(outcomes.getFirst().reason()).contains("inline codes");
        assertThat(services.cache.size()).isZero();
    }

    @Test
    void rateLimitHonoursRetryAfter() {
        stubRateLimitedOnceThen(List.of("Bonjour"));

        long started = System.nanoTime();
        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello"));

        assertThat(targets(outcomes)).containsExactly("Bonjour");
        assertThat(sentTexts()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    /** 429 with {@code Retry-After: 1} on the first call, then these translations. */
    protected abstract void stubRateLimitedOnceThen(List<String> translations);

    @Test
    void authFailureGivesUpWithReasonAndStopsCalling() {
        stubError(authFailureStatus(), "Invalid API key", Map.of());
        MtConnector connector = connector();

        List<MtOutcome> first = connector.translateExplained(EN_FR, requests("Hello"));
        List<MtOutcome> second = connector.translateExplained(EN_FR, requests("Goodbye"));

        assertThat(first.getFirst().reason()).contains(String.valueOf(authFailureStatus()));
        assertThat(second.getFirst().reason()).contains("circuit open");
        assertThat(sentTexts()).hasSize(1);
        assertThat(services.counter("passerelle.mt.fallbacks", "reason", "AUTH_FAILED")).isEqualTo(1);
    }

    protected int authFailureStatus() {
        return 403;
    }

    @Test
    void malformedAnswerIsRetriedThenGivenUp() {
        stubBody("<html>Bad gateway</html>");

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello"));

        assertThat(outcomes.getFirst().isTranslated()).isFalse();
        assertThat(outcomes.getFirst().reason()).contains("not JSON");
        assertThat(sentTexts()).hasSize(3);
    }

    @Test
    void fewerTranslationsThanTextsAreNotUsed() {
        stubTranslations(List.of("Bonjour"));

        List<MtOutcome> outcomes = connector().translateExplained(EN_FR, requests("Hello", "Goodbye"));

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.isTranslated()).isFalse();
            assertThat(o.reason()).contains("1 translations for 2 texts");
        });
        assertThat(services.cache.size()).isZero();
    }

    @Test
    void slowAnswerTimesOut() {
        stubSlow(List.of("Bonjour"), Duration.ofMillis(1500));

        List<MtOutcome> outcomes = connector(WIREMOCK.baseUrl(), services.maxAttempts(1).services(),
                Duration.ofMillis(300)).translateExplained(EN_FR, requests("Hello"));

        assertThat(outcomes.getFirst().reason()).contains("no answer within");
    }

    /** These translations, after a delay. */
    protected abstract void stubSlow(List<String> translations, Duration delay);
}
