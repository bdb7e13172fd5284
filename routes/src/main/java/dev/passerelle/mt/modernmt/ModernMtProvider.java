package dev.passerelle.mt.modernmt;

import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtProvider;
import dev.passerelle.mt.MtProviderException;
import dev.passerelle.mt.Placeholders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * ModernMT {@code /translate} the way its official client calls it (POST with {@code X-HTTP-Method-Override: GET} and
 * a JSON body), HTML format, ≤ 128 texts per request; billed characters per text from {@code billedCharacters}.
 */
final class ModernMtProvider implements MtProvider {

    static final String ID = "modernmt";

    private final ModernMtProperties properties;
    private final MtHttp http;
    private final Map<String, String> headers;

    ModernMtProvider(ModernMtProperties properties, MtHttp http) {
        this.properties = properties;
        this.http = http;
        this.headers = Map.of("MMT-ApiKey", properties.apiKey(), "X-HTTP-Method-Override", "GET",
                "MMT-Platform", "passerelle", "MMT-PlatformVersion", "0.1");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Limits limits() {
        return new Limits(128, 64 * 1024, properties.maxInFlight());
    }

    @Override
    public Placeholders.Style style() {
        return Placeholders.Style.HTML;
    }

    @Override
    public String settings() {
        return "hints=" + properties.hints();
    }

    @Override
    public Answer translate(Batch batch) {
        Map<String, Object> body = new LinkedHashMap<>();
        String source = batch.pair().source();
        if (!source.isBlank() && !source.equalsIgnoreCase("auto")) {
            body.put("source", source);
        }
        body.put("target", batch.pair().target());
        body.put("q", batch.texts());
        body.put("format", "text/html");
        if (!properties.hints().isEmpty()) {
            body.put("hints", properties.hints());
        }
        JsonNode answer = http.postJson(ID, MtHttp.endpoint(properties.baseUrl(), "/translate"), headers, body,
                properties.timeout()).body();
        int status = answer.path("status").asInt(200);
        if (status / 100 != 2) {
            throw new MtProviderException(ID, MtProviderException.Kind.BAD_ANSWER, "status " + status + " in a 200 answer");
        }
        List<String> texts = new ArrayList<>();
        List<Long> billed = new ArrayList<>();
        for (JsonNode item : answer.path("data")) {
            if (!item.path("translation").isString()) {
                throw new MtProviderException(ID, MtProviderException.Kind.BAD_ANSWER, "translation without text");
            }
            texts.add(item.path("translation").asString());
            billed.add(item.has("billedCharacters") ? item.path("billedCharacters").asLong() : null);
        }
        return new Answer(texts, billed, null);
    }

    @Override
    public String toString() {
        return "ModernMtProvider[" + properties + "]";
    }
}
