package dev.passerelle.review.check;

/** How much a QA issue matters: BLOCKING stops approval (single and bulk), WARNING is shown and may be overridden. */
public enum Severity {
    BLOCKING, WARNING
}
