package dev.passerelle.review.xliff;

import dev.passerelle.segment.Segment;
import java.util.List;

/**
 * A source of notes exported with each segment (seam: QA checks add their issues, the glossary its term hits, as
 * Spring beans implementing this). Called once per exported segment; must be cheap.
 */
public interface SegmentNotes {

    List<SegmentNote> notes(Segment segment);
}
