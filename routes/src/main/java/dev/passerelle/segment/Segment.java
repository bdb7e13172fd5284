package dev.passerelle.segment;

import java.time.Instant;

/** One translatable sentence of a session field, with its translation, state and where the translation came from. */
public record Segment(
        long id,
        long sessionId,
        String field,
        int index,
        String sourceLang,
        String targetLang,
        String source,
        String target,
        SegmentState state,
        Provenance provenance,
        String rejectReason,
        String failure,
        long version,
        Instant updatedAt) {

    /** Which connector (and TM score) or which person produced the current target. */
    public record Provenance(String connector, Integer score, String person, long billedCharacters) {

        /** The same origin, adding no billed characters (the state changes, the text does not). */
        public Provenance unbilled() {
            return new Provenance(connector, score, person, 0);
        }
    }
}
