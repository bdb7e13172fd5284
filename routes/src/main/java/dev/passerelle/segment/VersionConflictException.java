package dev.passerelle.segment;

/** A write carried a version that is no longer current: someone else changed the segment first. Answered as 409. */
public class VersionConflictException extends RuntimeException {

    private final transient Segment current;
    private final long expectedVersion;
    private final String yours;

    public VersionConflictException(Segment current, long expectedVersion) {
        this(current, expectedVersion, null);
    }

    /** {@code yours}: the target the refused write carried (null when it carried none), for a merge view. */
    public VersionConflictException(Segment current, long expectedVersion, String yours) {
        super("Segment " + current.id() + " is at version " + current.version() + ", not " + expectedVersion
                + ": it was changed by someone else");
        this.current = current;
        this.expectedVersion = expectedVersion;
        this.yours = yours;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public String yours() {
        return yours;
    }

    public Segment current() {
        return current;
    }
}
