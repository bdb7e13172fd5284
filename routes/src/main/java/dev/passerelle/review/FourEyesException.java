package dev.passerelle.review;

/** Under the four-eyes policy, the last editor of a segment tried to approve it. Answered as 403. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(long segmentId, String person) {
        super("Segment " + segmentId + " was last edited by " + person
                + ": under the four-eyes policy another reviewer must approve it");
    }
}
