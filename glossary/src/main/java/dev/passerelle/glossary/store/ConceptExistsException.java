package dev.passerelle.glossary.store;

/** A concept id already used in the glossary. */
public class ConceptExistsException extends RuntimeException {

    public ConceptExistsException(String id) {
        super("The glossary already has a concept '" + id + "'");
    }
}
