package dev.passerelle.mt.microsoft;

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
 * Microsoft Translator v3 {@code /translate}, {@code textType=html}: ≤ 1,000 texts and ≤ 50,000 characters per
 * request; the request's billed characters come from {@code X-metered-usage}.
 */
final class MicrosoftProvider implements MtProvider {

    static final String ID = "microsoft";

    private final MicrosoftProperties properties;
    private final MtHttp http;
    private final Map<String, String> headers;

    MicrosoftProvider(MicrosoftProperties properties, MtHttp http) {
        this.properties = properties;
        this.http = http;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Ocp-Apim-Subscription-Key", properties.apiKey());
        if (properties.region() != null && !properties.region().isBlank()) {
            headers.put("Ocp-Apim-Subscription-Region", properties.region());
        }
        this.headers = Map.copyOf(headers);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Limits limits() {
        // Bytes bound characters from above, so 50,000 bytes keeps within 50,000 characters.
        return new Limits(1000, 50_000, properties.maxInFlight());
    }

    @Override
    public Placeholders.Style style() {
        return Placeholders.Style.HTML;
    }

    @Override
    public String settings() {
        return "category=" + properties.category();
    }

    @Override
    public String model() {
        return properties.category();
    }

    @Override
    public boolean billsSentCharacters() {
        return true;
    }

    @Override
    public Answer translate(Batch batch) {
        StringBuilder query = new StringBuilder("/translate?api-version=3.0");
        String source = batch.pair().source();
        if (!source.isBlank() && !source.equalsIgnoreCase("auto")) {
            query.append("&from=").append(encode(source));
        }
        query.append("&to=").append(encode(batch.pair().target())).append("&textType=html");
        if (properties.category() != null) {
            query.append("&category=").append(encode(properties.category()));
        }
        URI uri = MtHttp.endpoint(properties.baseUrl(), query.toString());
        List<Map<String, String>> body = batch.texts().stream().map(t -> Map.of("Text", t)).toList();
        MtHttp.Response response = http.postJson(ID, uri, headers, body, properties.timeout());
        List<String> texts = new ArrayList<>();
        for (JsonNode item : response.body()) {
            JsonNode text = item.path("translations").path(0).path("text");
            if (!text.isString()) {
                throw new MtProviderException(ID, MtProviderException.Kind.BAD_ANSWER, "translation without text");
            }
            texts.add(text.asString());
        }
        Long metered = response.header("X-metered-usage").map(String::strip).filter(s -> s.matches("\\d+"))
                .map(Long::valueOf).orElse(null);
        return new Answer(texts, null, metered);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "MicrosoftProvider[" + properties + "]";
    }
}
