package dev.passerelle.segment;

/** A segment was asked to move to a state its current state does not lead to. */
public class IllegalTransitionException extends RuntimeException {

    private final SegmentState from;
    private final SegmentState to;

    public IllegalTransitionException(SegmentState from, SegmentState to) {
        super("A segment in state " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public SegmentState from() {
        return from;
    }

    public SegmentState to() {
        return to;
    }
}
