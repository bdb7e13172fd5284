package dev.passerelle.review;

import dev.passerelle.review.check.DoNotTranslate;
import dev.passerelle.review.check.QaChecks;
import dev.passerelle.review.check.QaContext;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.review.check.QaSetting;
import dev.passerelle.segment.Segment;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Runs the QA registry on segments, with the settings of the event each belongs to. */
@Service
public class SegmentQa {

    private final QaChecks checks;
    private final JdbcClient jdbc;
    // A session never changes event: its event is read once (approvals are on the hot path).
    private final Map<Long, String> eventBySession = new ConcurrentHashMap<>();

    private final DoNotTranslate doNotTranslate;

    SegmentQa(QaChecks checks, JdbcClient jdbc, ObjectProvider<DoNotTranslate> doNotTranslate) {
        this.checks = checks;
        this.jdbc = jdbc;
        this.doNotTranslate = doNotTranslate.getIfAvailable(() -> (event, lang, source) -> Set.of());
    }

    /** QA of the segment's stored target (no issues while it has none). */
    public QaReport of(Segment segment) {
        return of(segment, segment.target());
    }

    /** QA of a draft target for the segment. */
    public QaReport of(Segment segment, String target) {
        if (target == null || target.isEmpty()) {
            return QaReport.of(List.of());
        }
        QaContext context = context(segment, target, eventOf(segment.sessionId()));
        return checks.run(context, checks.chosenBy(context.event()));
    }

    /** QA of many segments, reading each event's settings once; keyed by segment id, in the given order. */
    public Map<Long, QaReport> ofAll(List<Segment> segments) {
        Map<String, Map<String, QaSetting>> settingsByEvent = new HashMap<>();
        Map<Long, QaReport> reports = new LinkedHashMap<>();
        for (Segment segment : segments) {
            if (segment.target() == null || segment.target().isEmpty()) {
                reports.put(segment.id(), QaReport.of(List.of()));
                continue;
            }
            String event = eventOf(segment.sessionId());
            reports.put(segment.id(), checks.run(context(segment, segment.target(), event),
                    settingsByEvent.computeIfAbsent(event, checks::chosenBy)));
        }
        return reports;
    }

    /** The target with every enabled check's fixes applied. */
    public String autofixed(Segment segment, String target) {
        QaContext context = context(segment, target, eventOf(segment.sessionId()));
        return checks.autofix(context, checks.chosenBy(context.event()));
    }

    private QaContext context(Segment segment, String target, String event) {
        return new QaContext(event, segment.sourceLang(), segment.targetLang(), segment.source(), target,
                doNotTranslate.termsIn(event, segment.sourceLang(), segment.source()));
    }

    private String eventOf(long sessionId) {
        return eventBySession.computeIfAbsent(sessionId, id -> jdbc.sql("select e.slug from session se join event e on e.id = se.event_id where se.id = ?")
                .param(id).query(String.class).single());
    }
}
