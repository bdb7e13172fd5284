package dev.passerelle.review;

import dev.passerelle.pipeline.PipelineInstance;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fills the review queue: machine- and TM-translated segments move to IN_REVIEW, where reviewers find them. */
@Service
public class ReviewQueue {

    private final SegmentRepository segments;
    private final PipelineInstance instance;
    private final Clock clock;
    private final int batchSize;

    ReviewQueue(SegmentRepository segments, PipelineInstance instance, Clock clock,
                @Value("${passerelle.routes.review.batch-size:500}") int batchSize) {
        this.segments = segments;
        this.instance = instance;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Queues one batch of translated segments for review; returns how many it took. */
    @Transactional
    public int queueTranslated() {
        int queued = 0;
        for (SegmentState translated : List.of(SegmentState.TM_MATCHED, SegmentState.MACHINE_TRANSLATED)) {
            List<Segment> claimed = segments.claim(translated, batchSize);
            segments.transitionAll(claimed, claimed.stream().map(segment -> new SegmentRepository.Change(
                    SegmentState.IN_REVIEW, segment.target(), segment.provenance().unbilled(), null, instance.actor(),
                    "queued for review")).toList(), clock.instant());
            queued += claimed.size();
        }
        return queued;
    }
}
