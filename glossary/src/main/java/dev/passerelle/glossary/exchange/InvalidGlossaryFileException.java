package dev.passerelle.glossary.exchange;

/** A glossary file that cannot be imported; the message says what is wrong and where, for the person who sent it. */
public class InvalidGlossaryFileException extends IllegalArgumentException {

    public InvalidGlossaryFileException(String message) {
        super(message);
    }

    public InvalidGlossaryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
