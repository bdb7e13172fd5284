package dev.passerelle.review;

import java.time.Instant;

/** Someone else holds a lease on the segment: the write or claim is refused until they release it or it expires. Answered as 423. */
public class LeaseHeldException extends RuntimeException {

    private final long segmentId;
    private final String holder;
    private final Instant expiresAt;

    public LeaseHeldException(long segmentId, String holder, Instant expiresAt) {
        super("Segment " + segmentId + " is claimed by " + holder + " until " + expiresAt);
        this.segmentId = segmentId;
        this.holder = holder;
        this.expiresAt = expiresAt;
    }

    public long segmentId() {
        return segmentId;
    }

    public String holder() {
        return holder;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
