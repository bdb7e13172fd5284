package dev.passerelle.mt;

import java.util.Objects;

/** A translation direction between two language codes, e.g. {@code en} → {@code fr}. */
public record LanguagePair(String source, String target) {

    public LanguagePair {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String toString() {
        return source + "→" + target;
    }
}
