package dev.passerelle.review.xliff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Translations from XLIFF files that met a segment changed in the app since the export (table xliff_conflict). */
@Repository
public class XliffConflicts {

    private final JdbcClient jdbc;

    XliffConflicts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long segmentId, long exportedVersion, long currentVersion, String currentTarget, String fileTarget,
                String fileState, String actor, Instant at) {
        jdbc.sql("""
                        insert into xliff_conflict (segment_id, exported_version, current_version, current_target,
                          file_target, file_state, actor, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(segmentId, exportedVersion, currentVersion, currentTarget, fileTarget, fileState, actor,
                        Timestamp.from(at)).update();
    }

    /** The event's conflicts, newest first. */
    public List<Conflict> forEvent(String event) {
        return jdbc.sql("""
                        select c.* from xliff_conflict c join segment s on s.id = c.segment_id
                        join session se on se.id = s.session_id join event e on e.id = se.event_id
                        where e.slug = ? order by c.id desc""")
                .param(event)
                .query((rs, n) -> new Conflict(rs.getLong("id"), rs.getLong("segment_id"),
                        rs.getLong("exported_version"), rs.getLong("current_version"), rs.getString("current_target"),
                        rs.getString("file_target"), rs.getString("file_state"), rs.getString("actor"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A file's translation kept aside: the version exported, the segment's version and target at import. */
    public record Conflict(long id, long segmentId, long exportedVersion, long currentVersion, String currentTarget,
                           String fileTarget, String fileState, String actor, Instant at) {
    }
}
