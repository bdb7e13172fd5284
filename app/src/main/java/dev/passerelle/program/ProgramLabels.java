package dev.passerelle.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The program pages' labels per language ({@code program/labels_{lang}.properties}, UTF-8). */
@Component
public class ProgramLabels {

    private final Map<String, Map<String, String>> byLang = new TreeMap<>();

    ProgramLabels() {
        for (String lang : new String[] {"en", "fr"}) {
            byLang.put(lang, load(lang));
        }
    }

    /** Every label of {@code lang}, by key. */
    public Map<String, String> of(String lang) {
        return byLang.get(lang);
    }

    public String format(String lang, String key, Object... args) {
        return new MessageFormat(of(lang).get(key), Locale.forLanguageTag(lang)).format(args);
    }

    static Map<String, String> load(String lang) {
        String name = "program/labels_" + lang + ".properties";
        try (InputStream in = ProgramLabels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            var labels = new TreeMap<String, String>();
            properties.forEach((k, v) -> labels.put((String) k, (String) v));
            return Map.copyOf(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
