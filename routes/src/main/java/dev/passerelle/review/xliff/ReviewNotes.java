package dev.passerelle.review.xliff;

import dev.passerelle.event.Event;
import dev.passerelle.segment.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The reviewer's reason for a rejection, and a parked translation failure, as notes for the translator. */
@Component
class ReviewNotes implements SegmentNotes {

    @Override
    public Map<Long, List<SegmentNote>> notes(Event event, List<Segment> page) {
        Map<Long, List<SegmentNote>> notes = new HashMap<>();
        for (Segment segment : page) {
            List<SegmentNote> found = new ArrayList<>(1);
            if (segment.rejectReason() != null) {
                found.add(new SegmentNote("review", "Rejected: " + segment.rejectReason()));
            }
            if (segment.failure() != null) {
                found.add(new SegmentNote("pipeline", "Machine translation failed: " + segment.failure()));
            }
            if (!found.isEmpty()) {
                notes.put(segment.id(), found);
            }
        }
        return notes;
    }
}
