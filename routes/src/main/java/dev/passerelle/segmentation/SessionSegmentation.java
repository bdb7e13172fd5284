package dev.passerelle.segmentation;

import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.pipeline.PipelineInstance;
import dev.passerelle.pipeline.WorkFailedException;
import dev.passerelle.publish.PublicationRepository;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments received sessions, one batch per transaction. Re-segmenting a changed session keeps every segment whose
 * source is unchanged (with its translation and state) and adds the changed ones as NEW.
 */
@Service
public class SessionSegmentation {

    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";

    private final SessionRepository sessions;
    private final SegmentRepository segments;
    private final PublicationRepository publications;
    private final MarkdownSegmenter segmenter;
    private final PipelineInstance instance;
    private final Clock clock;
    private final int batchSize;

    SessionSegmentation(SessionRepository sessions, SegmentRepository segments, PublicationRepository publications,
                        MarkdownSegmenter segmenter, PipelineInstance instance, Clock clock,
                        @Value("${passerelle.routes.segmentation.batch-size:20}") int batchSize) {
        this.sessions = sessions;
        this.segments = segments;
        this.publications = publications;
        this.segmenter = segmenter;
        this.instance = instance;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Segments up to one batch of received sessions; returns how many it took. The sentence splitting (CPU) runs
     * on all cores, the writes in this transaction.
     */
    @Transactional
    public int segmentNextBatch() {
        List<Session> claimed = sessions.claim(Session.PipelineState.RECEIVED, batchSize);
        Map<Long, List<Planned>> plans = new java.util.concurrent.ConcurrentHashMap<>();
        claimed.parallelStream().forEach(session -> plans.put(session.id(), failingAs(session, () -> plan(session))));
        for (Session session : claimed) {
            failingAs(session, () -> store(session, plans.get(session.id())));
        }
        return claimed.size();
    }

    private static <T> T failingAs(Session session, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw new WorkFailedException(WorkFailedException.WorkKind.SESSION, List.of(session.id()), e);
        }
    }

    private List<Planned> plan(Session session) {
        List<Planned> planned = new ArrayList<>();
        plan(session, TITLE, session.title(), planned);
        plan(session, ABSTRACT, session.abstractText(), planned);
        return planned;
    }

    private Session store(Session session, List<Planned> planned) {
        Instant now = clock.instant();

        Map<String, Deque<Segment>> unchanged = new HashMap<>();
        for (Segment existing : segments.forSession(session.id())) {
            unchanged.computeIfAbsent(key(existing.field(), existing.sourceLang(), existing.source()),
                    k -> new ArrayDeque<>()).add(existing);
        }
        List<SegmentRepository.NewSegment> fresh = new ArrayList<>();
        Map<Long, Integer> kept = new HashMap<>();
        for (Planned p : planned) {
            Deque<Segment> same = unchanged.get(key(p.field, p.lang, p.text));
            if (same == null || same.isEmpty()) {
                fresh.add(new SegmentRepository.NewSegment(p.field, p.index, p.lang, other(p.lang), p.text));
            } else {
                kept.put(same.poll().id(), p.index);
            }
        }
        segments.delete(unchanged.values().stream().flatMap(Deque::stream).map(Segment::id).toList());
        segments.reposition(session.id(), kept);
        segments.insertNew(session.id(), fresh, instance.actor(), now);
        sessions.setState(session.id(), Session.PipelineState.SEGMENTED, null, now);
        publications.requestWherePublishable(session.id());
        return session;
    }

    private void plan(Session session, String field, String markdown, List<Planned> into) {
        int index = 0;
        for (dev.passerelle.segmentation.Segment segment : segmenter.segment(markdown, session.sourceLang())) {
            into.add(new Planned(field, index++, segment.lang(), segment.text()));
        }
    }

    private static String key(String field, String lang, String source) {
        return field + '\u0000' + lang + '\u0000' + source;
    }

    static String other(String lang) {
        return "en".equals(lang) ? "fr" : "en";
    }

    private record Planned(String field, int index, String lang, String text) {
    }
}
