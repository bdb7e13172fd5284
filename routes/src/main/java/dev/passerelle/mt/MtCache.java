package dev.passerelle.mt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Machine translations already paid for, keyed by (provider, settings, glossary checksum, source language,
 * target language, normalised source) so the same request is never sent twice.
 */
public interface MtCache {

    Map<String, Cached> find(Collection<String> keys);

    void put(List<Entry> entries);

    /** A translation from the cache: letter-coded target, model and when it was first produced. */
    record Cached(String target, String model, Instant at) {}

    /** A translation to remember under its key. */
    record Entry(String key, String provider, LanguagePair pair, String source, String target, String model,
                 Instant at) {}

    /** The key: a SHA-256 over the parts, the source normalised (NFC, whitespace collapsed, trimmed). */
    static String key(String provider, String settings, String glossaryChecksum, LanguagePair pair, String source) {
        String normalised = Normalizer.normalize(source, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        String joined = String.join("\u0000", provider, settings, glossaryChecksum, pair.source(), pair.target(),
                normalised);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
