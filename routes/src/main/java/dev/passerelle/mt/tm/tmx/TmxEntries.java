package dev.passerelle.mt.tm.tmx;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The memory's pairs (table tm_entry) as TMX sees them: approved pairs out, imported pairs in, merged by text. */
@Repository
class TmxEntries {

    private final JdbcClient jdbc;

    TmxEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every distinct pair of the memory, the latest stamp of each. */
    List<TmxPair> all() {
        return jdbc.sql("""
                        select source_lang, target_lang, source, target, max(creation_id) creation_id,
                          max(coalesce(changed_at, created_at)) changed_at
                        from tm_entry group by source_lang, target_lang, source, target
                        order by source_lang, source""")
                .query(TmxEntries::pair)
                .list();
    }

    /** The event's approved segments, with who made the translation and when it was approved. */
    List<TmxPair> approved(String event) {
        return jdbc.sql("""
                        select s.source_lang, s.target_lang, s.source, s.target,
                          coalesce(s.provenance_person, s.provenance_connector), s.updated_at
                        from segment s join session se on se.id = s.session_id join event e on e.id = se.event_id
                        where e.slug = ? and s.state = 'APPROVED' order by s.id""")
                .param(event)
                .query(TmxEntries::pair)
                .list();
    }

    /**
     * Adds the pair, or, when the memory holds the same texts already, keeps one and takes the newer stamp.
     * True when it was added.
     */
    boolean merge(TmxPair pair, Instant now) {
        Timestamp changed = pair.changedAt() == null ? null : Timestamp.from(pair.changedAt());
        int merged = jdbc.sql("""
                        update tm_entry set creation_id = coalesce(?, creation_id), changed_at = ?
                        where source_lang = ? and target_lang = ? and source = ? and target = ?
                          and (changed_at is null or changed_at < ?)""")
                .params(pair.creationId(), changed, pair.sourceLang(), pair.targetLang(), pair.source(),
                        pair.target(), changed == null ? Timestamp.from(Instant.EPOCH) : changed)
                .update();
        if (merged > 0 || exists(pair)) {
            return false;
        }
        jdbc.sql("""
                        insert into tm_entry (source_lang, target_lang, source, target, created_at, creation_id,
                          changed_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(pair.sourceLang(), pair.targetLang(), pair.source(), pair.target(), Timestamp.from(now),
                        pair.creationId(), changed)
                .update();
        return true;
    }

    /** A row of languages, texts, creator and stamp, in that order. */
    private static TmxPair pair(ResultSet rs, int row) throws SQLException {
        return new TmxPair(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    private boolean exists(TmxPair pair) {
        return jdbc.sql("select count(*) from tm_entry where source_lang = ? and target_lang = ? and source = ? "
                        + "and target = ?")
                .params(pair.sourceLang(), pair.targetLang(), pair.source(), pair.target()).query(Long.class)
                .single() > 0;
    }
}
