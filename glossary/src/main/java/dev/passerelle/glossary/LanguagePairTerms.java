package dev.passerelle.glossary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The glossary as an MT connector needs it for one language pair: each approved source term mapped to the preferred
 * target term (one entry per source text, as DeepL glossaries require), the do-not-translate terms, and a SHA-256
 * {@code checksum} of the normalised entries that changes exactly when what would be sent changes.
 */
public record LanguagePairTerms(String sourceLang, String targetLang, List<Entry> entries,
                                List<String> doNotTranslate, String checksum) {

    /** A source term and the target term MT must use for it. */
    public record Entry(String source, String target) {
    }

    public LanguagePairTerms {
        entries = List.copyOf(entries);
        doNotTranslate = List.copyOf(doNotTranslate);
    }

    public static LanguagePairTerms of(Collection<Concept> concepts, String sourceLang, String targetLang) {
        String source = Languages.normalise(sourceLang);
        String target = Languages.normalise(targetLang);
        // Keyed case-insensitively: DeepL refuses duplicate sources; the first concept (by id) wins.
        Map<String, Entry> entries = new TreeMap<>();
        TreeSet<String> doNotTranslate = new TreeSet<>();
        concepts.stream().sorted(java.util.Comparator.comparing(Concept::id)).forEach(concept -> {
            for (Term term : concept.terms(source)) {
                if (!term.status().approved()) {
                    continue;
                }
                String text = normalise(term.text());
                if (term.doNotTranslate()) {
                    doNotTranslate.add(text);
                    entries.putIfAbsent(text.toLowerCase(Locale.ROOT), new Entry(text, text));
                } else {
                    concept.preferred(target).ifPresent(preferred -> entries.putIfAbsent(
                            text.toLowerCase(Locale.ROOT), new Entry(text, normalise(preferred.text()))));
                }
            }
        });
        List<Entry> list = new ArrayList<>(entries.values());
        return new LanguagePairTerms(source, target, list, List.copyOf(doNotTranslate),
                checksum(source, target, list, doNotTranslate));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries as a map (source → target), in a stable order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.source(), e.target()));
        return map;
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static String checksum(String source, String target, List<Entry> entries, Collection<String> dnt) {
        StringBuilder canonical = new StringBuilder(source).append('\t').append(target).append('\n');
        entries.forEach(e -> canonical.append(e.source()).append('\t').append(e.target()).append('\n'));
        dnt.forEach(d -> canonical.append("dnt\t").append(d).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
