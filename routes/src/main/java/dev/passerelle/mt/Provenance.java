package dev.passerelle.mt;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a translation came from: the connector id, the TM match score (0–100; null for machine translation),
 * the characters the provider billed for it, the provider's model (null when unknown) and when it was produced.
 */
public record Provenance(String connector, Integer score, long billedCharacters, String model, Instant at) {

    public Provenance {
        Objects.requireNonNull(connector, "connector");
    }

    public Provenance(String connector, Integer score, long billedCharacters) {
        this(connector, score, billedCharacters, null, null);
    }
}
