package dev.passerelle.mt;

import java.util.Objects;

/**
 * One segment to translate: {@code text} is letter-coded ({@code <g1>…</g1>}, {@code <x2/>}, …);
 * {@code context} is a hint such as the session title, or null; {@code eventId} (0 when none) is charged for it
 * and {@code glossary} holds the event's terms for the pair.
 */
public record MtRequest(String text, String context, long eventId, MtGlossary glossary) {

    public MtRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(glossary, "glossary");
    }

    public MtRequest(String text, String context) {
        this(text, context, 0, MtGlossary.EMPTY);
    }

    public static MtRequest of(String text) {
        return new MtRequest(text, null);
    }
}
