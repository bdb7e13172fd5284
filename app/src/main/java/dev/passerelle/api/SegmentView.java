package dev.passerelle.api;

import dev.passerelle.segment.Segment;

/** A segment as the API shows it (public contract: keep these field names). */
record SegmentView(long id, long sessionId, String field, int index, String sourceLang, String targetLang,
                   String source, String target, String state, long version, Segment.Provenance provenance,
                   String rejectReason, String failure) {

    static SegmentView of(Segment s) {
        return new SegmentView(s.id(), s.sessionId(), s.field(), s.index(), s.sourceLang(), s.targetLang(),
                s.source(), s.target(), s.state().name(), s.version(), s.provenance(), s.rejectReason(), s.failure());
    }
}
