package dev.passerelle.review.xliff;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.event.Events;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports an event's segments into one language (optionally one session, one state) as a review package: one unit
 * per segment with its version, state, notes and the machine or memory suggestion its target came from.
 */
@Service
public class XliffExport {

    private static final int PAGE = 2_000;

    private final EventRepository events;
    private final SegmentRepository segments;
    private final List<SegmentNotes> notes;

    XliffExport(EventRepository events, SegmentRepository segments, List<SegmentNotes> notes) {
        this.events = events;
        this.segments = segments;
        this.notes = notes;
    }

    /** What to export; {@code state} and {@code sessionId} null: all. */
    public record Selection(String event, String lang, String version, SegmentState state, Long sessionId) {

        public Selection {
            if (lang == null || !Events.LANGUAGES.contains(lang)) {
                throw new IllegalArgumentException("lang must be one of " + Events.LANGUAGES + ", not '" + lang + "'");
            }
            version = version == null || version.isBlank() ? "2.0" : version.strip();
            if (!version.equals("2.0") && !version.equals("1.2")) {
                throw new IllegalArgumentException("version must be 2.0 or 1.2, not '" + version + "'");
            }
        }
    }

    /** The package as bytes (a 10,000-segment package is a few megabytes). */
    @Transactional(readOnly = true)
    public byte[] export(Selection selection) {
        Event event = events.get(selection.event());
        List<XliffDocument.Unit> units = new ArrayList<>();
        long after = 0;
        List<Segment> page;
        do {
            page = segments.list(new SegmentRepository.SegmentQuery(selection.event(), selection.lang(),
                    selection.state(), selection.sessionId(), after, PAGE));
            Map<Long, List<XliffDocument.Note>> pageNotes = notes(event, page);
            for (Segment segment : page) {
                units.add(unit(segment, selection.version(), pageNotes.getOrDefault(segment.id(), List.of())));
                after = segment.id();
            }
        } while (page.size() == PAGE);
        String source = "en".equals(selection.lang()) ? "fr" : "en";
        var out = new java.io.ByteArrayOutputStream();
        XliffWriter.write(new XliffDocument(selection.version(), source, selection.lang(), selection.event(), units),
                out);
        return out.toByteArray();
    }

    private Map<Long, List<XliffDocument.Note>> notes(Event event, List<Segment> page) {
        Map<Long, List<XliffDocument.Note>> bySegment = new HashMap<>();
        for (SegmentNotes source : notes) {
            source.notes(event, page).forEach((id, found) -> found.forEach(note ->
                    bySegment.computeIfAbsent(id, k -> new ArrayList<>()).add(XliffDocument.Note.of(note))));
        }
        return bySegment;
    }

    private static XliffDocument.Unit unit(Segment segment, String version, List<XliffDocument.Note> unitNotes) {
        List<InlineRun> target = segment.target() == null ? null : InlineRun.fromLetterCoded(segment.target());
        boolean v20 = version.equals("2.0");
        var part = new XliffDocument.Part(false, XliffWriter.SEGMENT_ID,
                v20 ? XliffStates.toXliff20(segment.state(), target != null) : XliffStates.toXliff12(segment.state()),
                v20 ? XliffStates.subState(segment.state()) : null, InlineRun.fromLetterCoded(segment.source()),
                target);
        List<XliffDocument.Match> matches = new ArrayList<>(1);
        Segment.Provenance origin = segment.provenance();
        if (target != null && origin.connector() != null && origin.person() == null
                && segment.state() != SegmentState.APPROVED) {
            matches.add(new XliffDocument.Match(origin.connector(), origin.score(),
                    InlineRun.fromLetterCoded(segment.source()), target));
        }
        return new XliffDocument.Unit("f1", "s" + segment.id(), segment.version(), List.of(part), unitNotes, matches);
    }
}
