package dev.passerelle.segmentation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public sentence-boundary cases of {@code segmentation/dev.jsonl} (see PROVENANCE.md beside it). */
final class DevSet {

    /** One case: its line number, language, text and gold sentences (whitespace-trimmed, blanks dropped). */
    record Case(int line, String lang, String name, String text, List<String> gold) {

        /**
         * Whether the gold sentences, in order, are substrings of the text with only whitespace between and around
         * them; when not, the upstream tool cleaned the text first and exact comparison is meaningless.
         */
        boolean goldAddsUp() {
            int at = 0;
            for (String sentence : gold) {
                int found = text.indexOf(sentence, at);
                if (found < 0 || !text.substring(at, found).isBlank()) {
                    return false;
                }
                at = found + sentence.length();
            }
            return text.substring(at).isBlank();
        }

        @Override
        public String toString() {
            return "line " + line + " (" + lang + ", " + name + ")";
        }
    }

    private DevSet() {
    }

    static List<Case> cases() {
        JsonMapper json = JsonMapper.builder().build();
        List<Case> cases = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DevSet.class.getResourceAsStream("/segmentation/dev.jsonl")),
                StandardCharsets.UTF_8))) {
            int line = 0;
            for (String record = reader.readLine(); record != null; record = reader.readLine()) {
                line++;
                JsonNode node = json.readTree(record);
                List<String> gold = new ArrayList<>();
                node.get("sentences").forEach(sentence -> gold.add(sentence.asString().strip()));
                gold.removeIf(String::isEmpty);
                cases.add(new Case(line, node.get("lang").asString(), node.path("case").asString(""),
                        node.get("text").asString(), gold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
