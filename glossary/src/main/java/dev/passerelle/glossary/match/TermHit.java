package dev.passerelle.glossary.match;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;

/** A glossary term found in a text: {@code [start, end)} are UTF-16 offsets into the original text. */
public record TermHit(int start, int end, String matchedText, Concept concept, Term term) {
}
