package dev.passerelle.glossary.check;

/** {@code [start, end)} UTF-16 offsets into a source or target text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
        }
    }
}
