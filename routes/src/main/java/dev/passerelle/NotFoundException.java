package dev.passerelle;

/** Something the caller named (an event, a session, a segment) does not exist. Answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super("No " + what + " '" + key + "'");
    }
}
