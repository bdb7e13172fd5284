package dev.passerelle.review;

/** A review action with unacceptable content (empty target, broken inline codes, missing reason). Answered as 400. */
public class InvalidReviewException extends RuntimeException {

    public InvalidReviewException(String field, String problem) {
        super(field + ": " + problem);
    }
}
