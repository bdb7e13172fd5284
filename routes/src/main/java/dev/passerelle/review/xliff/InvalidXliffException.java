package dev.passerelle.review.xliff;

/** An XLIFF file we cannot take as a whole (malformed, hostile, wrong version, event or language). Answered 422. */
public class InvalidXliffException extends RuntimeException {

    public InvalidXliffException(String message) {
        super(message);
    }

    public InvalidXliffException(String message, Throwable cause) {
        super(message, cause);
    }
}
