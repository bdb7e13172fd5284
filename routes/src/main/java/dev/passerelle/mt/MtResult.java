package dev.passerelle.mt;

import java.util.Objects;

/** A translated segment: letter-coded, carrying the same inline codes as its request. */
public record MtResult(String target, Provenance provenance) {

    public MtResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(provenance, "provenance");
    }
}
