package dev.passerelle.review;

import dev.passerelle.event.EventRepository;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentRepository.SegmentQuery;
import dev.passerelle.segment.SegmentState;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** All of an event's segments matching a filter (null: any), read page by page; an unknown event is not found. */
@Component
class EventSegments {

    private static final int PAGE = 1000;

    private final SegmentRepository segments;
    private final EventRepository events;

    EventSegments(SegmentRepository segments, EventRepository events) {
        this.segments = segments;
        this.events = events;
    }

    List<Segment> all(String event, String lang, SegmentState state, Long sessionId) {
        events.get(event);
        List<Segment> all = new ArrayList<>();
        List<Segment> page;
        long after = 0;
        do {
            page = segments.list(new SegmentQuery(event, lang, state, sessionId, after, PAGE));
            all.addAll(page);
            after = page.isEmpty() ? after : page.getLast().id();
        } while (page.size() == PAGE);
        return all;
    }
}
