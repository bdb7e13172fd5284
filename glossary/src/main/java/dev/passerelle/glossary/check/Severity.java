package dev.passerelle.glossary.check;

/** BLOCKING issues stop approval; WARNINGS are shown to the reviewer. */
public enum Severity {
    BLOCKING, WARNING
}
