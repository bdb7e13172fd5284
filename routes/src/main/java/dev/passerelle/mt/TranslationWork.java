package dev.passerelle.mt;

import dev.passerelle.intake.SessionRepository;
import dev.passerelle.pipeline.PipelineInstance;
import dev.passerelle.pipeline.WorkFailedException;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translates NEW segments through the configured chain (TM first, then MT), one batch per transaction.
 * A segment no connector could translate goes to review with an empty target, for a human to translate.
 */
@Service
public class TranslationWork {

    private final SegmentRepository segments;
    private final SessionRepository sessions;
    private final TranslationChain chain;
    private final PipelineInstance instance;
    private final Clock clock;
    private final int batchSize;

    TranslationWork(SegmentRepository segments, SessionRepository sessions, TranslationChain chain,
                    PipelineInstance instance, Clock clock,
                    @Value("${passerelle.routes.translation.batch-size:200}") int batchSize) {
        this.segments = segments;
        this.sessions = sessions;
        this.chain = chain;
        this.instance = instance;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Translates one batch of NEW segments; returns how many it took. */
    @Transactional
    public int translateNextBatch() {
        List<Segment> claimed = segments.claim(SegmentState.NEW, batchSize);
        Map<LanguagePair, List<Segment>> byPair = new LinkedHashMap<>();
        claimed.forEach(s -> byPair.computeIfAbsent(new LanguagePair(s.sourceLang(), s.targetLang()),
                p -> new java.util.ArrayList<>()).add(s));
        Map<Long, String> titles = new HashMap<>();
        Instant now = clock.instant();
        try {
            byPair.forEach((pair, batch) -> {
                List<MtRequest> requests = batch.stream()
                        .map(s -> new MtRequest(s.source(),
                                titles.computeIfAbsent(s.sessionId(), id -> sessions.get(id).title())))
                        .toList();
                List<Optional<MtResult>> results = chain.translate(pair, requests);
                segments.transitionAll(batch, results.stream().map(result -> change(result, instance.actor())).toList(),
                        now);
            });
        } catch (RuntimeException e) {
            throw new WorkFailedException(WorkFailedException.WorkKind.SEGMENT,
                    claimed.stream().map(Segment::id).toList(), e);
        }
        return claimed.size();
    }

    private static SegmentRepository.Change change(Optional<MtResult> result, String actor) {
        if (result.isEmpty()) {
            return new SegmentRepository.Change(SegmentState.IN_REVIEW, null,
                    new Segment.Provenance(null, null, null, 0), null, actor,
                    "no translation from the chain: queued for human translation");
        }
        Provenance origin = result.get().provenance();
        SegmentState state = origin.score() != null ? SegmentState.TM_MATCHED : SegmentState.MACHINE_TRANSLATED;
        return new SegmentRepository.Change(state, result.get().target(),
                new Segment.Provenance(origin.connector(), origin.score(), null, origin.billedCharacters()), null,
                actor, origin.connector());
    }
}
