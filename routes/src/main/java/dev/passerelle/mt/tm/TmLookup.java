package dev.passerelle.mt.tm;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.Provenance;
import java.util.Optional;

/** The best translation memory match of one text, with the stored source it was matched on (for reviewers). */
public interface TmLookup {

    Optional<TmMatch> bestMatch(LanguagePair pair, String text);

    /** {@code source} as stored in the memory; {@code target} with the request's inline codes carried over. */
    record TmMatch(String source, String target, Provenance provenance) {
    }
}
