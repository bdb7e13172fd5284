package dev.passerelle.publish;

import dev.passerelle.event.Events;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is due for (re)publication per session and language, and the versions published so far. */
@Repository
public class PublicationRepository {

    private final JdbcClient jdbc;

    public PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the session due for publication in every language where all of its segments translated into that
     * language are approved (trivially its own language). The caller holds the session or a segment of it.
     */
    public void requestWherePublishable(long sessionId) {
        requestWherePublishable(sessionId, Events.LANGUAGES);
    }

    /** The same, for the given languages only (an approval affects its target language alone). */
    public void requestWherePublishable(long sessionId, List<String> languages) {
        for (String lang : languages) {
            long open = jdbc.sql("select count(*) from segment where session_id = ? and target_lang = ? "
                            + "and state <> 'APPROVED'")
                    .params(sessionId, lang).query(Long.class).single();
            if (open == 0) {
                int updated = jdbc.sql("update publication set pending = true, failure = null "
                        + "where session_id = ? and lang = ? and withdrawn_at is null").params(sessionId, lang).update();
                if (updated == 0 && !exists(sessionId, lang)) {
                    jdbc.sql("insert into publication (session_id, lang, pending) values (?, ?, true)")
                            .params(sessionId, lang).update();
                }
            }
        }
    }

    private boolean exists(long sessionId, String lang) {
        return jdbc.sql("select count(*) from publication where session_id = ? and lang = ?").params(sessionId, lang)
                .query(Long.class).single() > 0;
    }

    /** Takes the session out of the program in every language; returns how many publications it withdrew. */
    public int withdraw(long sessionId, Instant now) {
        return jdbc.sql("update publication set withdrawn_at = ?, pending = false "
                        + "where session_id = ? and withdrawn_at is null")
                .params(Timestamp.from(now), sessionId).update();
    }

    /** Puts a withdrawn session back in line for publication; returns how many publications it restored. */
    public int restore(long sessionId) {
        return jdbc.sql("update publication set withdrawn_at = null where session_id = ? and withdrawn_at is not null")
                .param(sessionId).update();
    }

    /** Sessions published or withdrawn at or after {@code since}: what a re-index running since then may have missed. */
    public List<Long> changedSince(Instant since) {
        return jdbc.sql("""
                        select session_id from published_version where published_at >= :since
                        union
                        select session_id from publication where withdrawn_at >= :since""")
                .param("since", Timestamp.from(since)).query(Long.class).list();
    }

    /** Claims pending publications that no other transaction holds. */
    public List<Pending> claimPending(int limit) {
        return jdbc.sql("select session_id, lang, current_version from publication where pending and failure is null "
                        + "and withdrawn_at is null "
                        + "order by session_id, lang limit ? for update skip locked")
                .param(limit)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    public void store(Pending pending, PublishedVersion version) {
        jdbc.sql("""
                        insert into published_version (session_id, lang, version, title, abstract, translated, published_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(pending.sessionId(), pending.lang(), version.version(), version.title(),
                        version.abstractText(), version.translated(), Timestamp.from(version.publishedAt()))
                .update();
        jdbc.sql("update publication set pending = false, current_version = ? where session_id = ? and lang = ?")
                .params(version.version(), pending.sessionId(), pending.lang()).update();
    }

    /** Leaves the publication pending; it is picked up again once its session's segmentation is current. */
    public void postpone(Pending pending) {
        jdbc.sql("update publication set pending = false where session_id = ? and lang = ?")
                .params(pending.sessionId(), pending.lang()).update();
    }

    public Optional<PublishedVersion> latest(long sessionId, String lang) {
        return jdbc.sql("""
                        select v.* from published_version v join publication p
                          on p.session_id = v.session_id and p.lang = v.lang and p.current_version = v.version
                        where v.session_id = ? and v.lang = ? and p.withdrawn_at is null""")
                .params(sessionId, lang).query(PublicationRepository::map).optional();
    }

    /** The versions published so far in the languages the session is in the program for (none while withdrawn). */
    public List<PublishedVersion> versions(long sessionId) {
        return jdbc.sql("""
                        select v.* from published_version v join publication p
                          on p.session_id = v.session_id and p.lang = v.lang
                        where v.session_id = ? and p.withdrawn_at is null order by v.lang, v.version""")
                .param(sessionId).query(PublicationRepository::map).list();
    }

    public void markFailed(Collection<Long> sessionIds, String reason) {
        jdbc.sql("update publication set failure = :reason where session_id in (:ids) and pending")
                .param("reason", reason).param("ids", sessionIds).update();
    }

    public List<Failed> failed(int limit) {
        return jdbc.sql("select session_id, lang, failure from publication where failure is not null "
                        + "order by session_id limit ?")
                .param(limit).query((rs, n) -> new Failed(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public int clearFailure(long sessionId) {
        return jdbc.sql("update publication set failure = null where session_id = ? and failure is not null")
                .param(sessionId).update();
    }

    private static PublishedVersion map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PublishedVersion(rs.getLong("session_id"), rs.getString("lang"), rs.getInt("version"),
                rs.getString("title"), rs.getString("abstract"), rs.getBoolean("translated"),
                rs.getTimestamp("published_at").toInstant());
    }

    /** A publication due: which session, which language, the version currently published (0: none). */
    public record Pending(long sessionId, String lang, int currentVersion) {
    }

    /** A publication parked after failing. */
    public record Failed(long sessionId, String lang, String failure) {
    }

    /** A published version of a session in one language: assembled Markdown, and whether it is a translation. */
    public record PublishedVersion(long sessionId, String lang, int version, String title, String abstractText,
                                   boolean translated, Instant publishedAt) {
    }
}
