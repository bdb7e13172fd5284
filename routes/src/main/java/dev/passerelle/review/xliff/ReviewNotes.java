package dev.passerelle.review.xliff;

import dev.passerelle.segment.Segment;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The reviewer's reason for a rejection, and a parked translation failure, as notes for the translator. */
@Component
class ReviewNotes implements SegmentNotes {

    @Override
    public List<SegmentNote> notes(Segment segment) {
        List<SegmentNote> notes = new ArrayList<>(1);
        if (segment.rejectReason() != null) {
            notes.add(new SegmentNote("review", "Rejected: " + segment.rejectReason()));
        }
        if (segment.failure() != null) {
            notes.add(new SegmentNote("pipeline", "Machine translation failed: " + segment.failure()));
        }
        return notes;
    }
}
