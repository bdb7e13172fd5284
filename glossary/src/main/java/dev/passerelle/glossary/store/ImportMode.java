package dev.passerelle.glossary.store;

/** MERGE adds new concepts and replaces those with the same id; REPLACE also removes the concepts not imported. */
public enum ImportMode {
    MERGE, REPLACE
}
