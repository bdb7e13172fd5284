package dev.passerelle.review;

import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The organiser's view of an event: per session and language, segments by state and what blocks publication. */
@Service
public class ReviewProgress {

    private final EventSegments segments;
    private final SegmentQa qa;
    private final JdbcClient jdbc;

    ReviewProgress(EventSegments segments, SegmentQa qa, JdbcClient jdbc) {
        this.segments = segments;
        this.qa = qa;
        this.jdbc = jdbc;
    }

    /** One session in one language: its segments by state; publishable when all are approved. */
    public record SessionProgress(long sessionId, String title, String lang, Map<SegmentState, Integer> counts, int total,
                                  int approved, int blocking, boolean publishable) {
    }

    /**
     * A reason a segment keeps its session from publication: FAILED (the pipeline parked it), REJECTED (waits for
     * the translator), QA_BLOCKING (a blocking issue), UNTRANSLATED (in review without a target).
     */
    public record Blocker(long segmentId, long sessionId, String lang, String kind, String detail) {
    }

    public List<SessionProgress> progress(String event) {
        List<Segment> all = segments.all(event, null, null, null);
        Map<Long, QaReport> reports = qa.ofAll(all.stream().filter(s -> s.state() != SegmentState.APPROVED).toList());
        Map<String, List<Segment>> bySessionAndLang = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparingLong(Segment::sessionId).thenComparing(Segment::targetLang))
                .forEach(s -> bySessionAndLang.computeIfAbsent(s.sessionId() + "/" + s.targetLang(),
                        key -> new ArrayList<>()).add(s));
        Map<Long, String> titles = jdbc.sql("select se.id, se.title from session se join event e on e.id = se.event_id "
                        + "where e.slug = ?")
                .param(event).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<SessionProgress> progress = new ArrayList<>();
        for (List<Segment> group : bySessionAndLang.values()) {
            Map<SegmentState, Integer> counts = new EnumMap<>(SegmentState.class);
            group.forEach(s -> counts.merge(s.state(), 1, Integer::sum));
            int approved = counts.getOrDefault(SegmentState.APPROVED, 0);
            int blocking = (int) group.stream().filter(s -> reports.containsKey(s.id()) && reports.get(s.id()).blocking())
                    .count();
            long session = group.getFirst().sessionId();
            progress.add(new SessionProgress(session, titles.get(session), group.getFirst().targetLang(), counts,
                    group.size(), approved, blocking, approved == group.size()));
        }
        return progress;
    }

    public List<Blocker> blockers(String event) {
        List<Segment> open = segments.all(event, null, null, null).stream().filter(s -> s.state() != SegmentState.APPROVED).toList();
        Map<Long, QaReport> reports = qa.ofAll(open);
        List<Blocker> blockers = new ArrayList<>();
        for (Segment s : open) {
            if (s.failure() != null) {
                blockers.add(new Blocker(s.id(), s.sessionId(), s.targetLang(), "FAILED", s.failure()));
            }
            if (s.state() == SegmentState.REJECTED) {
                blockers.add(new Blocker(s.id(), s.sessionId(), s.targetLang(), "REJECTED", s.rejectReason()));
            } else if (s.state() == SegmentState.IN_REVIEW && (s.target() == null || s.target().isBlank())) {
                blockers.add(new Blocker(s.id(), s.sessionId(), s.targetLang(), "UNTRANSLATED", "no translation yet"));
            }
            if (reports.get(s.id()).blocking()) {
                blockers.add(new Blocker(s.id(), s.sessionId(), s.targetLang(), "QA_BLOCKING", String.join("; ",
                        reports.get(s.id()).blockingIssues().stream().map(QaIssue::message).toList())));
            }
        }
        return blockers;
    }
}
