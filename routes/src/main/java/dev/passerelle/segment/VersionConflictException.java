package dev.passerelle.segment;

/** A write carried a version that is no longer current: someone else changed the segment first. Answered as 409. */
public class VersionConflictException extends RuntimeException {

    private final transient Segment current;

    public VersionConflictException(Segment current, long expectedVersion) {
        super("Segment " + current.id() + " is at version " + current.version() + ", not " + expectedVersion
                + ": it was changed by someone else");
        this.current = current;
    }

    public Segment current() {
        return current;
    }
}
