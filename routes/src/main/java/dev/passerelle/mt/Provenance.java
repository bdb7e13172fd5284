package dev.passerelle.mt;

import java.util.Objects;

/**
 * Where a translation came from: the connector id, the TM match score (0–100; null for machine
 * translation) and the characters the provider bills for it.
 */
public record Provenance(String connector, Integer score, long billedCharacters) {

    public Provenance {
        Objects.requireNonNull(connector, "connector");
    }
}
