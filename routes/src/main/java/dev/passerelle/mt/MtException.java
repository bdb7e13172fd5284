package dev.passerelle.mt;

/** Base of every failure raised by an {@link MtConnector} or the translation chain. */
public class MtException extends RuntimeException {

    public MtException(String message) {
        super(message);
    }

    public MtException(String message, Throwable cause) {
        super(message, cause);
    }
}
