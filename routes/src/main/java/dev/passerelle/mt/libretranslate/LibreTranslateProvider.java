package dev.passerelle.mt.libretranslate;

import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtProvider;
import dev.passerelle.mt.MtProviderException;
import dev.passerelle.mt.Placeholders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A self-hosted LibreTranslate {@code /translate}: batches as a {@code q} array, HTML format, key in the body. */
final class LibreTranslateProvider implements MtProvider {

    static final String ID = "libretranslate";

    private final LibreTranslateProperties properties;
    private final MtHttp http;

    LibreTranslateProvider(LibreTranslateProperties properties, MtHttp http) {
        this.properties = properties;
        this.http = http;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Limits limits() {
        return new Limits(properties.maxTexts(), properties.maxCharacters(), properties.maxInFlight());
    }

    @Override
    public Placeholders.Style style() {
        return Placeholders.Style.HTML;
    }

    @Override
    public String settings() {
        return "";
    }

    @Override
    public Answer translate(Batch batch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", batch.texts());
        body.put("source", batch.pair().source().isBlank() ? "auto" : batch.pair().source());
        body.put("target", batch.pair().target());
        body.put("format", "html");
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            body.put("api_key", properties.apiKey());
        }
        JsonNode answer = http.postJson(ID, MtHttp.endpoint(properties.baseUrl(), "/translate"), Map.of(), body,
                properties.timeout()).body();
        JsonNode translated = answer.path("translatedText");
        if (!translated.isArray()) {
            throw new MtProviderException(ID, MtProviderException.Kind.BAD_ANSWER, "translatedText is not a list");
        }
        List<String> texts = new ArrayList<>();
        translated.forEach(t -> texts.add(t.asString()));
        return Answer.unbilled(texts);
    }

    @Override
    public String toString() {
        return "LibreTranslateProvider[" + properties + "]";
    }
}
