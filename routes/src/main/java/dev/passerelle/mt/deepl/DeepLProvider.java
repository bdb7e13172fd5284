package dev.passerelle.mt.deepl;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtGlossary;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtProvider;
import dev.passerelle.mt.MtProviderException;
import dev.passerelle.mt.Placeholders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * DeepL API v2 {@code /v2/translate}: ≤ 50 texts and ≤ 128 KiB per request, inline codes as XML
 * ({@code tag_handling=xml}, protected terms in ignored {@code keep} elements), the session title as
 * {@code context}, billed characters per text. Glossaries are created once per checksum through
 * {@code /v2/glossaries} (named {@code passerelle-<checksum>}, reused when found) and sent as {@code glossary_id}.
 */
final class DeepLProvider implements MtProvider {

    static final String ID = "deepl";
    private static final String GLOSSARY_PREFIX = "passerelle-";

    private final DeepLProperties properties;
    private final MtHttp http;
    private final Map<String, String> headers;
    private final ConcurrentMap<String, String> glossaryIds = new ConcurrentHashMap<>();

    DeepLProvider(DeepLProperties properties, MtHttp http) {
        this.properties = properties;
        this.http = http;
        this.headers = Map.of("Authorization", "DeepL-Auth-Key " + properties.authKey());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Limits limits() {
        return new Limits(50, 128 * 1024, properties.maxInFlight());
    }

    @Override
    public Placeholders.Style style() {
        return Placeholders.Style.XML;
    }

    @Override
    public String settings() {
        return "formality=" + properties.formality() + ";model=" + properties.modelType() + ";en="
                + properties.englishVariant();
    }

    @Override
    public String model() {
        return properties.modelType();
    }

    @Override
    public boolean contextPerRequest() {
        return true;
    }

    @Override
    public Answer translate(Batch batch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", batch.texts());
        String source = sourceLang(batch.pair());
        if (source != null) {
            body.put("source_lang", source);
        }
        body.put("target_lang", targetLang(batch.pair().target()));
        if (batch.context() != null && !batch.context().isBlank()) {
            body.put("context", batch.context());
        }
        if (properties.formality() != null) {
            body.put("formality", properties.formality());
        }
        if (properties.modelType() != null) {
            body.put("model_type", properties.modelType());
        }
        body.put("tag_handling", "xml");
        body.put("ignore_tags", List.of("keep"));
        body.put("split_sentences", "nonewlines");
        body.put("preserve_formatting", true);
        body.put("show_billed_characters", true);
        if (source != null && !batch.glossary().translated().isEmpty()) {
            body.put("glossary_id", glossaryId(batch.pair(), batch.glossary()));
        }
        JsonNode answer = http.postJson(ID, MtHttp.endpoint(properties.host(), "/v2/translate"), headers, body,
                properties.timeout()).body();
        List<String> texts = new ArrayList<>();
        List<Long> billed = new ArrayList<>();
        for (JsonNode translation : answer.path("translations")) {
            if (!translation.path("text").isString()) {
                throw new MtProviderException(ID, MtProviderException.Kind.BAD_ANSWER, "translation without text");
            }
            texts.add(translation.path("text").asString());
            billed.add(translation.has("billed_characters") ? translation.path("billed_characters").asLong() : null);
        }
        return new Answer(texts, billed, null);
    }

    /** The DeepL glossary for this content: found by name or created, then remembered by checksum and pair. */
    private String glossaryId(LanguagePair pair, MtGlossary glossary) {
        String name = GLOSSARY_PREFIX + glossary.checksum() + "-" + pair.source() + "-" + pair.target();
        return glossaryIds.computeIfAbsent(name, n -> existingGlossary(n).orElseGet(() -> createGlossary(n, pair,
                glossary)));
    }

    private java.util.Optional<String> existingGlossary(String name) {
        JsonNode list = http.get(ID, MtHttp.endpoint(properties.host(), "/v2/glossaries"), headers, properties.timeout()).body();
        for (JsonNode glossary : list.path("glossaries")) {
            if (name.equals(glossary.path("name").asString(""))) {
                return java.util.Optional.of(glossary.path("glossary_id").asString());
            }
        }
        return java.util.Optional.empty();
    }

    private String createGlossary(String name, LanguagePair pair, MtGlossary glossary) {
        String entries = glossary.translated().stream()
                .map(e -> clean(e.source()) + "\t" + clean(e.target()))
                .distinct().collect(Collectors.joining("\n"));
        Map<String, Object> body = Map.of("name", name, "source_lang", pair.source().toLowerCase(Locale.ROOT),
                "target_lang", pair.target().toLowerCase(Locale.ROOT), "entries", entries, "entries_format", "tsv");
        JsonNode created = http.postJson(ID, MtHttp.endpoint(properties.host(), "/v2/glossaries"), headers, body,
                properties.timeout()).body();
        if (!created.path("glossary_id").isString()) {
            throw new MtProviderException(ID, MtProviderException.Kind.BAD_ANSWER, "glossary created without an id");
        }
        return created.path("glossary_id").asString();
    }

    /** TSV entries may hold neither tabs nor line breaks. */
    private static String clean(String term) {
        return term.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private static String sourceLang(LanguagePair pair) {
        String source = pair.source();
        return source.isBlank() || source.equalsIgnoreCase("auto") ? null : source.toUpperCase(Locale.ROOT);
    }

    private String targetLang(String target) {
        return target.equalsIgnoreCase("en") ? properties.englishVariant() : target.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "DeepLProvider[" + properties + "]";
    }
}
