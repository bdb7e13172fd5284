package dev.passerelle.publish;

import dev.passerelle.intake.SessionRepository;
import dev.passerelle.search.SessionDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sessions as the public sees them: the current published version per language, withdrawn ones left out. One query
 * feeds the search index, the re-index and the program pages, so they never disagree.
 */
@Repository
public class PublishedDocuments {

    private static final String SELECT = """
            select s.id, e.slug, s.kind, s.source_lang, s.track, s.room, s.starts_at, s.ends_at, s.speakers,
                   ven.title as title_en, ven.abstract as abstract_en, ven.translated as translated_en,
                   vfr.title as title_fr, vfr.abstract as abstract_fr, vfr.translated as translated_fr
            from session s
            join event e on e.id = s.event_id
            left join publication pen on pen.session_id = s.id and pen.lang = 'en' and pen.withdrawn_at is null
            left join published_version ven
              on ven.session_id = s.id and ven.lang = 'en' and ven.version = pen.current_version
            left join publication pfr on pfr.session_id = s.id and pfr.lang = 'fr' and pfr.withdrawn_at is null
            left join published_version vfr
              on vfr.session_id = s.id and vfr.lang = 'fr' and vfr.version = pfr.current_version
            where (ven.session_id is not null or vfr.session_id is not null)
            """;

    private final JdbcClient jdbc;

    PublishedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The session as published now; empty when it is published in no language (or withdrawn). */
    public Optional<SessionDocument> forSession(long sessionId) {
        return jdbc.sql(SELECT + " and s.id = ?").param(sessionId).query(PublishedDocuments::map).optional();
    }

    /** Every published session of the event, in schedule order (unscheduled last). */
    public List<SessionDocument> forEvent(String eventSlug) {
        return jdbc.sql(SELECT + " and e.slug = ? order by s.starts_at, s.room, s.id").param(eventSlug)
                .query(PublishedDocuments::map).list();
    }

    /** A page of every published session with an id above {@code afterId}, by id: for a full re-index. */
    public List<SessionDocument> page(long afterId, int size) {
        return jdbc.sql(SELECT + " and s.id > ? order by s.id limit ?").params(afterId, size)
                .query(PublishedDocuments::map).list();
    }

    private static SessionDocument map(ResultSet rs, int row) throws SQLException {
        String titleEn = rs.getString("title_en");
        String titleFr = rs.getString("title_fr");
        return new SessionDocument(rs.getLong("id"), rs.getString("slug"), rs.getString("kind"),
                rs.getString("source_lang"), rs.getString("track"), rs.getString("room"),
                SessionRepository.offset(rs.getTimestamp("starts_at")),
                SessionRepository.offset(rs.getTimestamp("ends_at")),
                SessionRepository.speakers(rs.getString("speakers")),
                titleEn, rs.getString("abstract_en"), titleFr, rs.getString("abstract_fr"),
                titleEn != null, titleFr != null, rs.getBoolean("translated_en"), rs.getBoolean("translated_fr"));
    }
}
