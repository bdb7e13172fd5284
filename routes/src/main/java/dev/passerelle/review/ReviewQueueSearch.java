package dev.passerelle.review;

import dev.passerelle.event.EventRepository;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentRepository.SegmentQuery;
import dev.passerelle.segment.SegmentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The review queue as reviewers filter it: by session, language and state (in the database), and by QA status and
 * assignee (the lease holder), computed per page. Paged by segment id: {@code next} continues after the last one read.
 */
@Service
public class ReviewQueueSearch {

    private final SegmentRepository segments;
    private final EventRepository events;
    private final SegmentQa qa;
    private final Leases leases;

    ReviewQueueSearch(SegmentRepository segments, EventRepository events, SegmentQa qa, Leases leases) {
        this.segments = segments;
        this.events = events;
        this.qa = qa;
        this.leases = leases;
    }

    /** A filter; null fields do not filter. {@code qaStatus}: ok, warning or blocking. */
    public record QueueQuery(String event, Long sessionId, String lang, SegmentState state, String qaStatus,
                             String assignee, long afterId, int limit) {
    }

    public record QueueItem(Segment segment, QaReport qa, String leaseHolder) {
    }

    /** {@code next}: the id to continue after, null when the queue has no more matches. */
    public record QueuePage(List<QueueItem> items, Long next) {
    }

    public QueuePage find(QueueQuery query) {
        events.get(query.event());
        List<QueueItem> items = new ArrayList<>();
        long after = query.afterId();
        int pageSize = Math.max(query.limit(), 200);
        while (true) {
            List<Segment> page = segments.list(new SegmentQuery(query.event(), query.lang(), query.state(),
                    query.sessionId(), after, pageSize));
            Map<Long, QaReport> reports = qa.ofAll(page);
            Map<Long, String> holders = leases.holders(page.stream().map(Segment::id).toList());
            for (Segment segment : page) {
                after = segment.id();
                QueueItem item = new QueueItem(segment, reports.get(segment.id()), holders.get(segment.id()));
                if (matches(item, query)) {
                    items.add(item);
                    if (items.size() == query.limit()) {
                        return new QueuePage(items, segment.id());
                    }
                }
            }
            if (page.size() < pageSize) {
                return new QueuePage(items, null);
            }
        }
    }

    private static boolean matches(QueueItem item, QueueQuery query) {
        return (query.qaStatus() == null || query.qaStatus().equals(item.qa().status()))
                && (query.assignee() == null || query.assignee().equals(item.leaseHolder()));
    }
}
