package dev.passerelle.mt.apertium;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtProvider;
import dev.passerelle.mt.MtProviderException;
import dev.passerelle.mt.Placeholders;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Apertium APy {@code /translate}, one text per request (HTML format, unknown words unmarked). The installed pairs are
 * read once from {@code /listPairs}; a pair that is not installed is refused with that reason, before any text is sent.
 */
final class ApertiumProvider implements MtProvider {

    static final String ID = "apertium";

    private final ApertiumProperties properties;
    private final MtHttp http;
    private Set<String> installed;

    ApertiumProvider(ApertiumProperties properties, MtHttp http) {
        this.properties = properties;
        this.http = http;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean supports(LanguagePair pair) {
        return !pair.source().isBlank() && !pair.source().equalsIgnoreCase("auto")
                && !pair.source().equalsIgnoreCase(pair.target());
    }

    @Override
    public Limits limits() {
        return new Limits(1, 64 * 1024, properties.maxInFlight());
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
        String langpair = alpha3(batch.pair().source()) + "|" + alpha3(batch.pair().target());
        Set<String> pairs = installedPairs();
        if (!pairs.contains(langpair)) {
            throw new MtProviderException(ID, MtProviderException.Kind.UNSUPPORTED, "pair " + langpair
                    + " is not installed on " + properties.baseUrl() + " (installed: " + pairs.stream().sorted().toList()
                    + ")");
        }
        String form = "langpair=" + encode(langpair) + "&q=" + encode(batch.texts().getFirst())
                + "&markUnknown=no&format=html";
        JsonNode answer = http.postForm(ID, MtHttp.endpoint(properties.baseUrl(), "/translate"), Map.of(), form,
                properties.timeout()).body();
        JsonNode text = answer.path("responseData").path("translatedText");
        if (!text.isString()) {
            throw new MtProviderException(ID, MtProviderException.Kind.BAD_ANSWER, "no responseData.translatedText");
        }
        return Answer.unbilled(List.of(text.asString()));
    }

    private synchronized Set<String> installedPairs() {
        Set<String> pairs = installed;
        if (pairs == null) {
            JsonNode answer = http.get(ID, MtHttp.endpoint(properties.baseUrl(), "/listPairs"), Map.of(),
                    properties.timeout()).body();
            pairs = new HashSet<>();
            for (JsonNode pair : answer.path("responseData")) {
                pairs.add(pair.path("sourceLanguage").asString("") + "|" + pair.path("targetLanguage").asString(""));
            }
            installed = pairs;
        }
        return pairs;
    }

    /** APy lists pairs in ISO 639-3 codes (eng, fra). */
    private static String alpha3(String code) {
        return code.length() == 3 ? code : Locale.of(code).getISO3Language();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ApertiumProvider[" + properties + "]";
    }
}
