package dev.passerelle.intake;

import dev.passerelle.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sessions, and the claim of sessions waiting in a pipeline state. */
@Repository
public class SessionRepository {

    private final JdbcClient jdbc;

    public SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Session get(long id) {
        return jdbc.sql("select * from session where id = ?").param(id).query(SessionRepository::map).optional()
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    public Session get(long eventId, long id) {
        return jdbc.sql("select * from session where event_id = ? and id = ?").params(eventId, id)
                .query(SessionRepository::map).optional()
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    /** Locks the event's session with that external id, if any, for an update in this transaction. */
    public Optional<Session> lockByExternalId(long eventId, String externalId) {
        return jdbc.sql("select * from session where event_id = ? and external_id = ? for update")
                .params(eventId, externalId).query(SessionRepository::map).optional();
    }

    public List<Session> forEvent(long eventId) {
        return jdbc.sql("select * from session where event_id = ? order by starts_at, id").param(eventId)
                .query(SessionRepository::map).list();
    }

    /** Claims up to {@code limit} sessions in {@code state} that no other transaction holds. */
    public List<Session> claim(Session.PipelineState state, int limit) {
        return jdbc.sql("select * from session where pipeline_state = ? order by id limit ? for update skip locked")
                .params(state.name(), limit).query(SessionRepository::map).list();
    }

    public long insert(long eventId, String externalId, SessionContent content, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into session (event_id, external_id, kind, source_lang, title, abstract, speakers, track,
                          room, starts_at, ends_at, pipeline_state, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?)""")
                .params(eventId, externalId, content.kind().id(), content.lang(), content.title(),
                        content.abstractText(), String.join("\n", content.speakers()), content.track(),
                        content.room(), timestamp(content.start()), timestamp(content.end()), Timestamp.from(now),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Stores changed content and sends the session back to segmentation. */
    public void updateContent(long id, SessionContent content, Instant now) {
        jdbc.sql("""
                        update session set kind = ?, source_lang = ?, title = ?, abstract = ?, speakers = ?, track = ?,
                          room = ?, starts_at = ?, ends_at = ?, pipeline_state = 'RECEIVED', failure = null,
                          content_version = content_version + 1, updated_at = ?
                        where id = ?""")
                .params(content.kind().id(), content.lang(), content.title(), content.abstractText(),
                        String.join("\n", content.speakers()), content.track(), content.room(),
                        timestamp(content.start()), timestamp(content.end()), Timestamp.from(now), id)
                .update();
    }

    public void setState(long id, Session.PipelineState state, String failure, Instant now) {
        jdbc.sql("update session set pipeline_state = ?, failure = ?, updated_at = ? where id = ?")
                .params(state.name(), failure, Timestamp.from(now), id).update();
    }

    /** Sends a parked session back to segmentation; 0 when it was not parked. */
    public int retry(long id, Instant now) {
        return jdbc.sql("update session set pipeline_state = 'RECEIVED', failure = null, updated_at = ? "
                        + "where id = ? and pipeline_state = 'FAILED'")
                .params(Timestamp.from(now), id).update();
    }

    public List<Session> failed(int limit) {
        return jdbc.sql("select * from session where pipeline_state = 'FAILED' order by id limit ?").param(limit)
                .query(SessionRepository::map).list();
    }

    private static Timestamp timestamp(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }

    /** A stored timestamp as the UTC date-time the pipeline works with. */
    public static OffsetDateTime offset(Timestamp time) {
        return time == null ? null : time.toInstant().atOffset(ZoneOffset.UTC);
    }

    /** The speakers column: one name per line, as {@link #insert} stores them. */
    public static List<String> speakers(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getLong("id"), rs.getLong("event_id"), rs.getString("external_id"),
                SessionKind.fromId(rs.getString("kind")), rs.getString("source_lang"), rs.getString("title"),
                rs.getString("abstract"), speakers(rs.getString("speakers")),
                rs.getString("track"), rs.getString("room"), offset(rs.getTimestamp("starts_at")),
                offset(rs.getTimestamp("ends_at")), Session.PipelineState.valueOf(rs.getString("pipeline_state")),
                rs.getString("failure"), rs.getLong("content_version"), rs.getTimestamp("updated_at").toInstant());
    }
}
