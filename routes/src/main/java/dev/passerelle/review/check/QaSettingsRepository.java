package dev.passerelle.review.check;

import dev.passerelle.event.EventRepository;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Per-event QA check toggles (table qa_check_setting); a check an event never configured runs with its defaults. */
@Repository
class QaSettingsRepository {

    private final JdbcClient jdbc;
    private final EventRepository events;

    QaSettingsRepository(JdbcClient jdbc, EventRepository events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The event's settings; an unknown event is not found (unlike {@link #forEvent}, which reads no event). */
    Map<String, QaSetting> forKnownEvent(String event) {
        events.get(event);
        return forEvent(event);
    }

    Map<String, QaSetting> forEvent(String event) {
        return jdbc.sql("""
                        select q.check_id, q.enabled, q.severity from qa_check_setting q
                        join event e on e.id = q.event_id where e.slug = ?""")
                .param(event)
                .query((rs, n) -> new QaSetting(rs.getString(1), rs.getBoolean(2),
                        rs.getString(3) == null ? null : Severity.valueOf(rs.getString(3))))
                .list().stream().collect(Collectors.toMap(QaSetting::checkId, Function.identity()));
    }

    @Transactional
    void save(String event, QaSetting setting) {
        long eventId = events.get(event).id();
        jdbc.sql("delete from qa_check_setting where event_id = ? and check_id = ?")
                .params(eventId, setting.checkId()).update();
        jdbc.sql("insert into qa_check_setting (event_id, check_id, enabled, severity) values (?, ?, ?, ?)")
                .params(eventId, setting.checkId(), setting.enabled(),
                        setting.severity() == null ? null : setting.severity().name()).update();
    }
}
