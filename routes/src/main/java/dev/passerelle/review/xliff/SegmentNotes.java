package dev.passerelle.review.xliff;

import dev.passerelle.event.Event;
import dev.passerelle.segment.Segment;
import java.util.List;
import java.util.Map;

/**
 * A source of notes exported with each segment (QA issues, glossary hits, review decisions), as Spring beans
 * implementing this. Called once per page of an export (up to a few thousand segments of one event), so a source
 * reads its settings once per page rather than once per segment.
 */
public interface SegmentNotes {

    /** Notes by segment id; a segment without notes may be left out. */
    Map<Long, List<SegmentNote>> notes(Event event, List<Segment> page);
}
