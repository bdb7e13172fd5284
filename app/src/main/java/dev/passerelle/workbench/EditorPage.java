package dev.passerelle.workbench;

import dev.passerelle.event.EventRepository;
import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.mt.Provenance;
import dev.passerelle.mt.tm.TmLookup;
import dev.passerelle.review.Lease;
import dev.passerelle.review.SegmentDetails;
import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentRepository.HistoryEntry;
import dev.passerelle.segment.SegmentState;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Gathers what the segment editor shows: the segment and its neighbours, TM and MT suggestions, QA, people's
 * suggestions, the lease on it, its history.
 */
@Service
class EditorPage {

    private static final List<SegmentState> MACHINE = List.of(SegmentState.MACHINE_TRANSLATED, SegmentState.TM_MATCHED);

    private final SegmentDetails details;
    private final SegmentRepository segments;
    private final SessionRepository sessions;
    private final EventRepository events;
    private final ObjectProvider<GlossaryTermSpans> glossary;

    EditorPage(SegmentDetails details, SegmentRepository segments, SessionRepository sessions, EventRepository events,
               ObjectProvider<GlossaryTermSpans> glossary) {
        this.details = details;
        this.segments = segments;
        this.sessions = sessions;
        this.events = events;
        this.glossary = glossary;
    }

    Editor of(long id) {
        SegmentDetails.Details found = details.of(id);
        Segment segment = found.segment();
        Session session = sessions.get(segment.sessionId());
        String event = events.get(session.eventId()).slug();
        List<Segment> siblings = segments.forSession(session.id()).stream()
                .filter(s -> s.targetLang().equals(segment.targetLang())).toList();
        int position = 0;
        while (siblings.get(position).id() != id) {
            position++;
        }
        List<SegmentMarkup.TermSpan> terms = glossary.getIfAvailable(() -> (e, s, t, text) -> List.of())
                .find(event, segment.sourceLang(), segment.targetLang(), segment.source());
        return new Editor(event, session, segment, position, siblings,
                SegmentMarkup.pieces(segment.source(), terms), terms, SegmentMarkup.codes(segment.source()),
                machineSuggestions(segment, found.history()),
                found.tmMatches().stream().map(m -> TmSuggestion.of(m, segment.source())).toList(),
                found.history().reversed(),
                found.qa(), found.suggestions(), found.lease());
    }

    /**
     * The first machine or TM output of the segment (what the translator started from) with its provider: the
     * connector while the target is still its output, else null for the translation memory, "mt" for a machine.
     */
    private static List<MachineSuggestion> machineSuggestions(Segment segment, List<HistoryEntry> history) {
        String connector = segment.provenance().connector();
        return history.stream()
                .filter(h -> h.toTarget() != null && MACHINE.stream().anyMatch(m -> m.name().equals(h.toState())))
                .map(h -> new MachineSuggestion(h.toTarget(), connector != null ? connector
                        : SegmentState.TM_MATCHED.name().equals(h.toState()) ? null : "mt"))
                .limit(1).toList();
    }

    /** A machine translation the editor offers, and who produced it (null: the translation memory). */
    public record MachineSuggestion(String target, String provider) {
    }

    /**
     * A TM match the editor offers, with a word diff from the source it matched to the segment's source (what the
     * translator has to adapt).
     */
    public record TmSuggestion(String target, Provenance provenance, List<WordDiff.Piece> sourceDiff) {

        static TmSuggestion of(TmLookup.TmMatch match, String source) {
            return new TmSuggestion(match.target(), match.provenance(), WordDiff.between(match.source(), source));
        }

        public boolean exact() {
            return sourceDiff.stream().noneMatch(p -> p.removed() || p.added());
        }
    }

    /** Everything the editor page renders; {@code history} newest first, {@code lease} null when nobody holds it. */
    public record Editor(String event, Session session, Segment segment, int position, List<Segment> siblings,
                  List<SegmentMarkup.Piece> source, List<SegmentMarkup.TermSpan> terms, List<String> sourceCodes,
                  List<MachineSuggestion> machine, List<TmSuggestion> tmMatches, List<HistoryEntry> history,
                  QaReport qa, List<dev.passerelle.review.Suggestion> suggestions, Lease lease) {

        public Segment previous() {
            return position > 0 ? siblings.get(position - 1) : null;
        }

        public Segment next() {
            return position + 1 < siblings.size() ? siblings.get(position + 1) : null;
        }

        /** Whether the state machine lets an edit through (it sends the segment back to review). */
        public boolean editable() {
            return segment.state().canBecome(SegmentState.IN_REVIEW);
        }

        /** Whether the autofix button has anything to fix. */
        public boolean fixable() {
            return qa.issues().stream().anyMatch(QaIssue::fixable);
        }

        public List<dev.passerelle.review.Suggestion> openSuggestions() {
            return suggestions.stream().filter(s -> dev.passerelle.review.Suggestion.OPEN.equals(s.status())).toList();
        }

        public boolean decidable() {
            return segment.state() == SegmentState.IN_REVIEW && segment.target() != null
                    && !segment.target().isBlank();
        }
    }
}
