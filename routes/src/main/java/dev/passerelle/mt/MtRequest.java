package dev.passerelle.mt;

import java.util.Objects;

/**
 * One segment to translate: {@code text} is letter-coded ({@code <g1>…</g1>}, {@code <x2/>}, …);
 * {@code context} is a hint such as the session title, or null.
 */
public record MtRequest(String text, String context) {

    public MtRequest {
        Objects.requireNonNull(text, "text");
    }

    public static MtRequest of(String text) {
        return new MtRequest(text, null);
    }
}
