package dev.passerelle.review.check;

/** An event's choice for one check: on or off, and its severity there (null: the check's default). */
public record QaSetting(String checkId, boolean enabled, Severity severity) {
}
