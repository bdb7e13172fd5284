package dev.passerelle.intake.program;

/** A program file that cannot be read as its format; nothing of it is imported. Answered as 422. */
public class InvalidProgramException extends RuntimeException {

    public InvalidProgramException(String message) {
        super(message);
    }

    public InvalidProgramException(String message, Throwable cause) {
        super(message, cause);
    }
}
