package dev.passerelle.review;

import java.time.Instant;
import java.util.List;

/** A time-limited claim of one person on some segments (a session's in one language, or a batch). */
public record Lease(String leaseId, String holder, Instant claimedAt, Instant expiresAt, List<Long> segmentIds) {
}
