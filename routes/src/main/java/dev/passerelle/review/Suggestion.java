package dev.passerelle.review;

import java.time.Instant;

/** A translation someone proposed for a segment, waiting for a reviewer (OPEN) or decided (ACCEPTED, SUPERSEDED). */
public record Suggestion(long id, long segmentId, String author, String target, String comment, Instant createdAt,
                         String status, String decidedBy, Instant decidedAt) {

    public static final String OPEN = "OPEN";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String SUPERSEDED = "SUPERSEDED";
}
