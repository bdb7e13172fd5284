package dev.passerelle.glossary.store;

/** A stored glossary without its concepts; {@code eventId} null is the shared default. */
public record GlossaryInfo(long id, Long eventId, String name, long version, int concepts) {

    public boolean shared() {
        return eventId == null;
    }
}
