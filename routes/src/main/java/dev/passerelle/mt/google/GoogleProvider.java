package dev.passerelle.mt.google;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtProvider;
import dev.passerelle.mt.MtProviderException;
import dev.passerelle.mt.Placeholders;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Google Cloud Translation, HTML mode: v3 {@code translateText} (≤ 1024 texts, ≈ 30k code points per request,
 * OAuth bearer) when a project and token are configured, else v2 with an API key (≤ 128 texts per request). Google
 * bills every character sent.
 */
final class GoogleProvider implements MtProvider {

    static final String ID = "google";

    private final GoogleProperties properties;
    private final MtHttp http;

    GoogleProvider(GoogleProperties properties, MtHttp http) {
        this.properties = properties;
        this.http = http;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Limits limits() {
        return new Limits(properties.advanced() ? 1024 : 128, 30_000, properties.maxInFlight());
    }

    @Override
    public Placeholders.Style style() {
        return Placeholders.Style.HTML;
    }

    @Override
    public String settings() {
        return (properties.advanced() ? "v3" : "v2") + ";model=" + properties.model();
    }

    @Override
    public String model() {
        return properties.model();
    }

    @Override
    public boolean billsSentCharacters() {
        return true;
    }

    @Override
    public Answer translate(Batch batch) {
        return properties.advanced() ? translateV3(batch) : translateV2(batch);
    }

    private Answer translateV2(Batch batch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", batch.texts());
        if (!auto(batch.pair())) {
            body.put("source", batch.pair().source());
        }
        body.put("target", batch.pair().target());
        body.put("format", "html");
        if (properties.model() != null) {
            body.put("model", properties.model());
        }
        URI uri = MtHttp.endpoint(properties.baseUrl(), "/language/translate/v2?key="
                + URLEncoder.encode(properties.apiKey(), StandardCharsets.UTF_8));
        JsonNode answer = http.postJson(ID, uri, Map.of(), body, properties.timeout()).body();
        return Answer.unbilled(texts(answer.path("data").path("translations")));
    }

    private Answer translateV3(Batch batch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contents", batch.texts());
        body.put("mimeType", "text/html");
        if (!auto(batch.pair())) {
            body.put("sourceLanguageCode", batch.pair().source());
        }
        body.put("targetLanguageCode", batch.pair().target());
        if (properties.model() != null) {
            body.put("model", properties.model());
        }
        URI uri = MtHttp.endpoint(properties.baseUrl(), "/v3/projects/" + properties.project() + "/locations/"
                + properties.location() + ":translateText");
        JsonNode answer = http.postJson(ID, uri, Map.of("Authorization", "Bearer " + properties.accessToken()), body,
                properties.timeout()).body();
        return Answer.unbilled(texts(answer.path("translations")));
    }

    private static List<String> texts(JsonNode translations) {
        List<String> texts = new ArrayList<>();
        for (JsonNode translation : translations) {
            if (!translation.path("translatedText").isString()) {
                throw new MtProviderException(ID, MtProviderException.Kind.BAD_ANSWER, "translation without text");
            }
            texts.add(translation.path("translatedText").asString());
        }
        return texts;
    }

    private static boolean auto(LanguagePair pair) {
        return pair.source().isBlank() || pair.source().equalsIgnoreCase("auto");
    }

    @Override
    public String toString() {
        return "GoogleProvider[" + properties + "]";
    }
}
