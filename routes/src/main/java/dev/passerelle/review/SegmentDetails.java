package dev.passerelle.review;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtConnectors;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtResult;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Everything a reviewer needs about one segment: the segment, its best translation-memory match, its history. */
@Service
public class SegmentDetails {

    private final SegmentRepository segments;
    private final MtConnectors connectors;

    SegmentDetails(SegmentRepository segments, MtConnectors connectors) {
        this.segments = segments;
        this.connectors = connectors;
    }

    public Details of(long id) {
        Segment segment = segments.get(id);
        List<Optional<MtResult>> match = connectors.get("tm").translate(
                new LanguagePair(segment.sourceLang(), segment.targetLang()),
                List.of(MtRequest.of(segment.source())));
        return new Details(segment, match.getFirst().stream().toList(), segments.history(id));
    }

    /** A segment with its TM matches (best first) and its recorded changes (oldest first). */
    public record Details(Segment segment, List<MtResult> tmMatches, List<SegmentRepository.HistoryEntry> history) {
    }
}
