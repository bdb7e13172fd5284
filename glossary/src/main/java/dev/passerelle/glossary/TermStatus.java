package dev.passerelle.glossary;

/** How a term may be used: the agreed term, a tolerated synonym, or a term never to use (deprecated/superseded). */
public enum TermStatus {
    PREFERRED, ADMITTED, FORBIDDEN;

    /** Whether a translator may use the term. */
    public boolean approved() {
        return this != FORBIDDEN;
    }
}
