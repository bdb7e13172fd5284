package dev.passerelle.mt.openai;

import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtProvider;
import dev.passerelle.mt.MtProviderException;
import dev.passerelle.mt.MtProviderException.Kind;
import dev.passerelle.mt.Placeholders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI-compatible {@code /v1/chat/completions}: the prompt carries the segments (numbered), the session title as
 * context and the glossary terms; the answer must be JSON with exactly one translation per id, else it is rejected as
 * a bad answer (retried, then handed on). Inline codes travel as XML elements the prompt says to keep.
 */
final class OpenAiProvider implements MtProvider {

    static final String ID = "openai";
    private static final String INSTRUCTIONS = """
            You translate conference programme text from %s to %s.
            Input: a JSON object with "segments" (id and text), optional "context" (the session title) and optional \
            "glossary" (source term and the target term to use).
            Rules: translate every segment on its own; use the glossary's target terms; keep every XML element \
            (<g id="…">…</g>, <x id="…"/>, <keep id="…">…</keep>) with the same id, translating only the text inside \
            <g> elements and copying <keep> elements unchanged; add no notes.
            Answer with only a JSON object: {"translations":[{"id":<id>,"text":"<translation>"}]}, one entry per \
            segment id.""";

    private final OpenAiProperties properties;
    private final MtHttp http;
    private final Map<String, String> headers;

    OpenAiProvider(OpenAiProperties properties, MtHttp http) {
        this.properties = properties;
        this.http = http;
        this.headers = properties.apiKey() == null || properties.apiKey().isBlank() ? Map.of()
                : Map.of("Authorization", "Bearer " + properties.apiKey());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Limits limits() {
        return new Limits(properties.maxTexts(), 16 * 1024, properties.maxInFlight());
    }

    @Override
    public Placeholders.Style style() {
        return Placeholders.Style.XML;
    }

    @Override
    public String settings() {
        return "model=" + properties.model() + ";prompt=" + INSTRUCTIONS.hashCode();
    }

    @Override
    public String model() {
        return properties.model();
    }

    @Override
    public boolean contextPerRequest() {
        return true;
    }

    @Override
    public Answer translate(Batch batch) {
        Map<String, Object> input = new LinkedHashMap<>();
        List<Map<String, Object>> segments = new ArrayList<>();
        for (int i = 0; i < batch.texts().size(); i++) {
            segments.add(Map.of("id", i + 1, "text", batch.texts().get(i)));
        }
        input.put("segments", segments);
        if (batch.context() != null && !batch.context().isBlank()) {
            input.put("context", batch.context());
        }
        if (!batch.glossary().translated().isEmpty()) {
            input.put("glossary", batch.glossary().translated().stream()
                    .map(e -> Map.of("source", e.source(), "target", e.target())).toList());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", properties.model());
        body.put("messages", List.of(
                Map.of("role", "system", "content", INSTRUCTIONS.formatted(language(batch.pair().source()),
                        language(batch.pair().target()))),
                Map.of("role", "user", "content", MtHttp.JSON.writeValueAsString(input))));
        body.put("temperature", 0);
        body.put("response_format", Map.of("type", "json_object"));
        JsonNode answer = http.postJson(ID, MtHttp.endpoint(properties.baseUrl(), "/v1/chat/completions"), headers,
                body, properties.timeout()).body();
        JsonNode content = answer.path("choices").path(0).path("message").path("content");
        if (!content.isString()) {
            throw new MtProviderException(ID, Kind.BAD_ANSWER, "no message content");
        }
        return Answer.unbilled(translations(content.asString(), batch.texts().size()));
    }

    /** The translations by id 1..n, or a bad answer when ids are missing, repeated or unknown. */
    static List<String> translations(String content, int expected) {
        JsonNode parsed;
        try {
            parsed = MtHttp.JSON.readTree(stripFences(content));
        } catch (JacksonException e) {
            throw new MtProviderException(ID, Kind.BAD_ANSWER, "answer is not JSON");
        }
        String[] texts = new String[expected];
        for (JsonNode item : parsed.path("translations")) {
            int id = item.path("id").asInt(0);
            if (id < 1 || id > expected || texts[id - 1] != null || !item.path("text").isString()) {
                throw new MtProviderException(ID, Kind.BAD_ANSWER, "answer has an unknown, repeated or empty id " + id);
            }
            texts[id - 1] = item.path("text").asString();
        }
        List<String> found = Arrays.stream(texts).filter(t -> t != null).toList();
        if (found.size() != expected) {
            throw new MtProviderException(ID, Kind.BAD_ANSWER, "answered " + found.size() + " translations for "
                    + expected + " texts");
        }
        return found;
    }

    /** Some servers wrap JSON in a Markdown code fence despite the instructions. */
    private static String stripFences(String content) {
        String text = content.strip();
        if (text.startsWith("```")) {
            text = text.substring(text.indexOf('\n') + 1);
            int end = text.lastIndexOf("```");
            text = end >= 0 ? text.substring(0, end) : text;
        }
        return text;
    }

    private static String language(String code) {
        return switch (code.toLowerCase(java.util.Locale.ROOT)) {
            case "en" -> "English";
            case "fr" -> "French";
            case "", "auto" -> "the source language";
            default -> java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
        };
    }

    @Override
    public String toString() {
        return "OpenAiProvider[" + properties + "]";
    }
}
