package dev.passerelle.mt.tm.tmx;

/** A TMX file we cannot read (malformed, hostile, not TMX); nothing of it is imported. Answered 422. */
public class InvalidTmxException extends RuntimeException {

    public InvalidTmxException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidTmxException(String message) {
        super(message);
    }
}
