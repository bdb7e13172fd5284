package dev.passerelle.review;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.tm.TmLookup;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Everything a reviewer needs about one segment: the segment, its TM matches, history, QA, suggestions and lease. */
@Service
public class SegmentDetails {

    private final SegmentRepository segments;
    private final TmLookup tm;
    private final SegmentQa qa;
    private final Suggestions suggestions;
    private final Leases leases;

    SegmentDetails(SegmentRepository segments, TmLookup tm, SegmentQa qa, Suggestions suggestions,
                   Leases leases) {
        this.segments = segments;
        this.tm = tm;
        this.qa = qa;
        this.suggestions = suggestions;
        this.leases = leases;
    }

    public Details of(long id) {
        Segment segment = segments.get(id);
        var match = tm.bestMatch(new LanguagePair(segment.sourceLang(), segment.targetLang()), segment.source());
        return new Details(segment, match.stream().toList(), segments.history(id), qa.of(segment),
                suggestions.of(id), leases.on(id).orElse(null));
    }

    /**
     * A segment with its TM matches (best first, each with the source it matched), its recorded changes and suggestions (oldest first), the QA of its
     * target and the lease on it (null when free).
     */
    public record Details(Segment segment, List<TmLookup.TmMatch> tmMatches, List<SegmentRepository.HistoryEntry> history,
                          QaReport qa, List<Suggestion> suggestions, Lease lease) {
    }
}
