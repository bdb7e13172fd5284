package dev.passerelle.intake;

/** A submitted session is not acceptable; names the offending field. Answered as 400, or a .failed/ file. */
public class InvalidSubmissionException extends RuntimeException {

    private final String field;

    public InvalidSubmissionException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
