package dev.passerelle.segment;

import dev.passerelle.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Segments and their history. Every state change goes through {@link #transition} so the history is complete. */
@Repository
public class SegmentRepository {

    private static final String COLUMNS = """
            s.id, s.session_id, s.field, s.idx, s.source_lang, s.target_lang, s.source, s.target, s.state,
            s.provenance_connector, s.provenance_score, s.provenance_person, s.billed_characters,
            s.reject_reason, s.failure, s.version, s.updated_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public SegmentRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Segment get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("segment", id));
    }

    public Optional<Segment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from segment s where s.id = ?").param(id).query(SegmentRepository::map).optional();
    }

    /** Locks the segment row until the transaction ends, so concurrent writers serialise on it. */
    public Segment lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from segment s where s.id = ? for update").param(id)
                .query(SegmentRepository::map).optional()
                .orElseThrow(() -> new NotFoundException("segment", id));
    }

    public List<Segment> forSession(long sessionId) {
        return jdbc.sql("select " + COLUMNS + " from segment s where s.session_id = ? order by s.field desc, s.idx")
                .param(sessionId).query(SegmentRepository::map).list();
    }

    public List<Segment> list(SegmentQuery query) {
        var sql = new StringBuilder("select " + COLUMNS + " from segment s join session se on se.id = s.session_id "
                + "join event e on e.id = se.event_id where e.slug = :event");
        if (query.targetLang() != null) {
            sql.append(" and s.target_lang = :lang");
        }
        if (query.state() != null) {
            sql.append(" and s.state = :state");
        }
        if (query.sessionId() != null) {
            sql.append(" and s.session_id = :session");
        }
        sql.append(" and s.id > :after order by s.id limit :limit");
        var spec = jdbc.sql(sql.toString()).param("event", query.event()).param("after", query.afterId())
                .param("limit", query.limit());
        if (query.targetLang() != null) {
            spec = spec.param("lang", query.targetLang());
        }
        if (query.state() != null) {
            spec = spec.param("state", query.state().name());
        }
        if (query.sessionId() != null) {
            spec = spec.param("session", query.sessionId());
        }
        return spec.query(SegmentRepository::map).list();
    }

    /** The event's segments among {@code ids}, by id. */
    public List<Segment> ofEvent(String event, Collection<Long> ids) {
        return chunked(ids, chunk -> jdbc.sql("select " + COLUMNS + " from segment s join session se "
                        + "on se.id = s.session_id join event e on e.id = se.event_id "
                        + "where e.slug = :event and s.id in (:ids) order by s.id")
                .param("event", event).param("ids", chunk).query(SegmentRepository::map).list());
    }

    /** Locks the segments until the transaction ends, in id order (callers lock their sessions first). */
    public List<Segment> lockAll(Collection<Long> ids) {
        return chunked(ids.stream().sorted().toList(), chunk -> jdbc.sql("select " + COLUMNS
                        + " from segment s where s.id in (:ids) order by s.id for update")
                .param("ids", chunk).query(SegmentRepository::map).list());
    }

    // Bounded IN lists: PostgreSQL takes at most 32,767 parameters per statement.
    private static List<Segment> chunked(Collection<Long> ids, java.util.function.Function<List<Long>,
            List<Segment>> query) {
        List<Long> all = List.copyOf(ids);
        List<Segment> found = new java.util.ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += 5_000) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + 5_000))));
        }
        return found;
    }

    /** Claims up to {@code limit} segments in {@code state} that no other transaction holds, for this transaction. */
    public List<Segment> claim(SegmentState state, int limit) {
        return jdbc.sql("select " + COLUMNS + " from segment s where s.state = ? and s.failure is null "
                        + "order by s.id limit ? for update skip locked")
                .param(state.name()).param(limit).query(SegmentRepository::map).list();
    }

    /** Adds a session's new segments (state NEW) in one batch, each with its "segmented" history entry. */
    public void insertNew(long sessionId, List<NewSegment> fresh, String actor, Instant now) {
        if (fresh.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("""
                        insert into segment (session_id, field, idx, source_lang, target_lang, source, state, updated_at)
                        values (?, ?, ?, ?, ?, ?, 'NEW', ?)""",
                fresh.stream().map(s -> new Object[] {sessionId, s.field(), s.index(), s.sourceLang(), s.targetLang(),
                        s.source(), at}).toList());
        // The session is locked by its segmentation: its segments without history are exactly the ones just added.
        jdbc.sql("""
                        insert into segment_history (segment_id, at, actor, to_state, reason, version)
                        select g.id, ?, ?, 'NEW', 'segmented', g.version from segment g where g.session_id = ?
                        and not exists (select 1 from segment_history h where h.segment_id = g.id)""")
                .params(at, actor, sessionId).update();
    }

    /**
     * Moves unchanged segments to their new positions after their session was re-segmented, through negative
     * positions so that no two segments ever share one mid-way.
     */
    public void reposition(long sessionId, java.util.Map<Long, Integer> indexById) {
        indexById.forEach((id, index) ->
                jdbc.sql("update segment set idx = ? where id = ? and idx <> ?").params(-1 - index, id, index).update());
        jdbc.sql("update segment set idx = -1 - idx where session_id = ? and idx < 0").param(sessionId).update();
    }

    public void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from segment where id in (:ids)").param("ids", ids).update();
        }
    }

    /**
     * Writes a new state and target, bumping the version, and records who did it and why.
     * The caller holds the row (claim or lock); a transition the state machine refuses throws.
     */
    public void transition(Segment segment, Change change, Instant now) {
        transitionAll(List.of(segment), List.of(change), now);
    }

    /** {@link #transition} for many segments in one batch; {@code changes} pairs up with {@code segments}. */
    public void transitionAll(List<Segment> segments, List<Change> changes, Instant now) {
        Timestamp at = Timestamp.from(now);
        var updates = new java.util.ArrayList<Object[]>(segments.size());
        var entries = new java.util.ArrayList<Object[]>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            Change change = changes.get(i);
            SegmentState next = segment.state().require(change.state());
            Segment.Provenance origin = change.provenance();
            updates.add(new Object[] {next.name(), change.target(), origin.connector(), origin.score(), origin.person(),
                    origin.billedCharacters(), change.rejectReason(), at, segment.id()});
            entries.add(new Object[] {segment.id(), at, change.actor(), segment.state().name(), next.name(),
                    segment.target(), change.target(), change.reason(), segment.version() + 1});
        }
        if (segments.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                update segment set state = ?, target = ?, provenance_connector = ?, provenance_score = ?,
                  provenance_person = ?, billed_characters = billed_characters + ?, reject_reason = ?,
                  failure = null, version = version + 1, updated_at = ?
                where id = ?""", updates);
        batch.batchUpdate("""
                insert into segment_history (segment_id, at, actor, from_state, to_state, from_target, to_target, reason,
                  version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
    }

    /** Parks segments that failed after every retry; they stay in their state, visible with the reason. */
    public void markFailed(Collection<Long> ids, String reason) {
        if (!ids.isEmpty()) {
            jdbc.sql("update segment set failure = :reason where id in (:ids)")
                    .param("reason", reason).param("ids", ids).update();
        }
    }

    public List<Segment> failed(int limit) {
        return jdbc.sql("select " + COLUMNS + " from segment s where s.failure is not null order by s.id limit ?")
                .param(limit).query(SegmentRepository::map).list();
    }

    public int clearFailure(long id) {
        return jdbc.sql("update segment set failure = null where id = ? and failure is not null").param(id).update();
    }

    public List<HistoryEntry> history(long segmentId) {
        return jdbc.sql("""
                        select id, version, at, actor, from_state, to_state, from_target, to_target, reason
                        from segment_history where segment_id = ? order by id""")
                .param(segmentId).query(SegmentRepository::mapHistory).list();
    }

    public Optional<HistoryEntry> historyEntry(long segmentId, long entryId) {
        return jdbc.sql("""
                        select id, version, at, actor, from_state, to_state, from_target, to_target, reason
                        from segment_history where segment_id = ? and id = ?""")
                .params(segmentId, entryId).query(SegmentRepository::mapHistory).optional();
    }

    private static HistoryEntry mapHistory(ResultSet rs, int row) throws SQLException {
        return new HistoryEntry(rs.getLong(1), rs.getObject(2, Long.class), rs.getTimestamp(3).toInstant(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    private static Segment map(ResultSet rs, int row) throws SQLException {
        Integer score = rs.getObject("provenance_score", Integer.class);
        return new Segment(rs.getLong("id"), rs.getLong("session_id"), rs.getString("field"), rs.getInt("idx"),
                rs.getString("source_lang"), rs.getString("target_lang"), rs.getString("source"),
                rs.getString("target"), SegmentState.valueOf(rs.getString("state")),
                new Segment.Provenance(rs.getString("provenance_connector"), score,
                        rs.getString("provenance_person"), rs.getLong("billed_characters")),
                rs.getString("reject_reason"), rs.getString("failure"), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** A segment to add: where it stands in its session's field, its languages and source text. */
    public record NewSegment(String field, int index, String sourceLang, String targetLang, String source) {
    }

    /** A filter over an event's segments; null fields do not filter. Paged by id (keyset). */
    public record SegmentQuery(String event, String targetLang, SegmentState state, Long sessionId, long afterId,
                               int limit) {
    }

    /** A state change: the new state and target, who made it and why. */
    public record Change(SegmentState state, String target, Segment.Provenance provenance, String rejectReason,
                         String actor, String reason) {
    }

    /** One recorded change of a segment; {@code version} is the segment version it produced (null before V5). */
    public record HistoryEntry(long id, Long version, Instant at, String actor, String fromState, String toState,
                               String fromTarget, String toTarget, String reason) {
    }
}
