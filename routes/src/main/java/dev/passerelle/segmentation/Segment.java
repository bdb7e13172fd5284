package dev.passerelle.segmentation;

/**
 * One translatable sentence of a Markdown field, in document order. {@code text} is Okapi letter-coded: inline
 * markup appears only as {@code <g1>…</g1>}, {@code <x2/>}, {@code <b3/>}/{@code <e3/>}; {@code lang} is "en" or "fr".
 */
public record Segment(int index, String lang, String text) {}
