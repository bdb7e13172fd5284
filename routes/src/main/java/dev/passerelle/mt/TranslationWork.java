package dev.passerelle.mt;

import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.pipeline.PipelineInstance;
import dev.passerelle.pipeline.WorkFailedException;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translates NEW segments through their event's chain (TM first, then MT), one batch per transaction.
 * A segment no connector could translate goes to review with an empty target, for a human to translate, with the
 * connectors' reasons on it.
 */
@Service
public class TranslationWork {

    private static final String FOR_HUMAN = "no translation from the chain: queued for human translation";

    private final SegmentRepository segments;
    private final SessionRepository sessions;
    private final MtChains chains;
    private final MtGlossaries glossaries;
    private final MtSegmentNotes notes;
    private final PipelineInstance instance;
    private final Clock clock;
    private final int batchSize;

    TranslationWork(SegmentRepository segments, SessionRepository sessions, MtChains chains,
                    ObjectProvider<MtGlossaries> glossaries,
                    MtSegmentNotes notes, PipelineInstance instance, Clock clock,
                    @Value("${passerelle.routes.translation.batch-size:200}") int batchSize) {
        this.segments = segments;
        this.sessions = sessions;
        this.chains = chains;
        this.glossaries = glossaries.getIfAvailable(() -> MtGlossaries.NONE);
        this.notes = notes;
        this.instance = instance;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** One event's segments in one direction. */
    private record Work(long eventId, LanguagePair pair) {}

    /** Translates one batch of NEW segments; returns how many it took. */
    @Transactional
    public int translateNextBatch() {
        List<Segment> claimed = segments.claim(SegmentState.NEW, batchSize);
        Map<Long, Session> sessionsById = new HashMap<>();
        Map<Work, List<Segment>> byWork = new LinkedHashMap<>();
        claimed.forEach(s -> {
            Session session = sessionsById.computeIfAbsent(s.sessionId(), sessions::get);
            byWork.computeIfAbsent(new Work(session.eventId(), new LanguagePair(s.sourceLang(), s.targetLang())),
                    w -> new ArrayList<>()).add(s);
        });
        Instant now = clock.instant();
        try {
            byWork.forEach((work, batch) -> {
                MtGlossary glossary = glossaries.forPair(work.eventId(), work.pair().source(), work.pair().target());
                List<MtRequest> requests = batch.stream().map(s -> new MtRequest(s.source(),
                        sessionsById.get(s.sessionId()).title(), work.eventId(), glossary)).toList();
                List<MtOutcome> outcomes = chains.forEvent(work.eventId()).translateExplained(work.pair(), requests);
                segments.transitionAll(batch, outcomes.stream().map(o -> change(o, instance.actor())).toList(), now);
                List<MtSegmentNotes.Note> written = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    MtOutcome outcome = outcomes.get(i);
                    Provenance origin = outcome.isTranslated() ? outcome.result().provenance() : null;
                    written.add(new MtSegmentNotes.Note(batch.get(i).id(), origin == null ? null : origin.model(),
                            origin == null ? null : origin.at(), outcome.reason()));
                }
                notes.write(written);
            });
        } catch (RuntimeException e) {
            throw new WorkFailedException(WorkFailedException.WorkKind.SEGMENT,
                    claimed.stream().map(Segment::id).toList(), e);
        }
        return claimed.size();
    }

    private static SegmentRepository.Change change(MtOutcome outcome, String actor) {
        if (!outcome.isTranslated()) {
            return new SegmentRepository.Change(SegmentState.IN_REVIEW, null,
                    new Segment.Provenance(null, null, null, 0), null, actor,
                    outcome.reason() == null ? FOR_HUMAN : outcome.reason() + "; " + FOR_HUMAN);
        }
        Provenance origin = outcome.result().provenance();
        SegmentState state = origin.score() != null ? SegmentState.TM_MATCHED : SegmentState.MACHINE_TRANSLATED;
        return new SegmentRepository.Change(state, outcome.result().target(),
                new Segment.Provenance(origin.connector(), origin.score(), null, origin.billedCharacters()), null,
                actor, origin.model() == null ? origin.connector() : origin.connector() + " (" + origin.model() + ")");
    }
}
