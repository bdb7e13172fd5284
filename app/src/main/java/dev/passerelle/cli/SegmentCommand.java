package dev.passerelle.cli;

import dev.passerelle.segmentation.SegmentationProperties;
import dev.passerelle.segmentation.TextSegmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code segment --lang en|fr}: the sentences of the text on stdin, as one JSON array on one line.
 * {@code segment --jsonl}: for each stdin line {@code {"lang":"en|fr","text":"…"}}, one line with the JSON array of
 * its sentences. An invalid line stops the run: the lines before it are answered, the error names it on stderr,
 * and the exit status is 1. Uses the rules of {@code PASSERELLE_SEGMENTATION_RULES} if set, like the server.
 */
final class SegmentCommand implements CliCommand {

    private static final String RULES_VARIABLE = "PASSERELLE_SEGMENTATION_RULES";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public String usage() {
        return "segment --lang en|fr < text.txt   |   segment --jsonl < requests.jsonl   (sentences as JSON arrays)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        boolean jsonLines = args.equals(List.of("--jsonl"));
        boolean plain = args.size() == 2 && args.getFirst().equals("--lang");
        if (!jsonLines && !plain || plain && !TextSegmenter.LANGUAGES.contains(args.get(1))) {
            err.println("Usage: " + usage());
            return USAGE;
        }
        TextSegmenter segmenter = segmenter();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (plain) {
                out.println(json.writeValueAsString(segmenter.segment(readAll(reader), args.get(1))));
                return OK;
            }
            return segmentLines(reader, segmenter, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int segmentLines(BufferedReader reader, TextSegmenter segmenter, PrintStream out, PrintStream err)
            throws IOException {
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            Request request;
            try {
                request = parse(line);
            } catch (IllegalArgumentException e) {
                out.flush();
                err.println("segment: line " + number + ": " + e.getMessage());
                return INVALID_INPUT;
            }
            out.println(json.writeValueAsString(segmenter.segment(request.text(), request.lang())));
        }
        return OK;
    }

    private record Request(String lang, String text) {}

    /** The request on one input line; IllegalArgumentException saying what is wrong with it. */
    private Request parse(String line) {
        JsonNode request;
        try {
            request = json.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode lang = request.get("lang");
        if (lang == null || !lang.isString() || !TextSegmenter.LANGUAGES.contains(lang.asString())) {
            throw new IllegalArgumentException("\"lang\" must be \"en\" or \"fr\"");
        }
        JsonNode text = request.get("text");
        if (text == null || !text.isString()) {
            throw new IllegalArgumentException("\"text\" must be a string");
        }
        return new Request(lang.asString(), text.asString());
    }

    private static String readAll(BufferedReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    private static TextSegmenter segmenter() {
        String rules = System.getenv(RULES_VARIABLE);
        return new TextSegmenter(new SegmentationProperties(
                rules == null || rules.isBlank() ? null : new DefaultResourceLoader().getResource(rules)));
    }
}
