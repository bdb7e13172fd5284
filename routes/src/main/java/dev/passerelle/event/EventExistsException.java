package dev.passerelle.event;

/** An event with that slug already exists. Answered as 409. */
public class EventExistsException extends RuntimeException {

    public EventExistsException(String slug) {
        super("An event with slug '" + slug + "' already exists");
    }
}
