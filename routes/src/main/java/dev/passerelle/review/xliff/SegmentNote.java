package dev.passerelle.review.xliff;

/** A note for the translator about one segment; {@code category}: e.g. "qa", "glossary", "review". */
public record SegmentNote(String category, String text) {
}
