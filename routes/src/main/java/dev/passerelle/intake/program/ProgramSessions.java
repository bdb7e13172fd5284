package dev.passerelle.intake.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The program-import columns of sessions: origin, unmapped source fields, language flag, removal. */
@Repository
public class ProgramSessions {

    static final String ORIGIN = "program";

    private final JdbcClient jdbc;

    ProgramSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The program-import columns of the event's sessions, by external id. */
    java.util.Map<String, ImportedFields> byExternalId(long eventId) {
        var fields = new java.util.HashMap<String, ImportedFields>();
        jdbc.sql("select external_id, origin, extra, language_flag, removed_at from session where event_id = ?")
                .param(eventId).query(rs -> {
                    fields.put(rs.getString(1), ORIGIN.equals(rs.getString(2)) ? new ImportedFields(rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())
                            : null);
                });
        return fields;
    }

    /** Marks the session as imported now (and listed again, if an earlier import had removed it). */
    void imported(long sessionId, String extraJson, String languageFlag) {
        jdbc.sql("update session set origin = ?, extra = ?, language_flag = ?, removed_at = null where id = ?")
                .params(ORIGIN, extraJson, languageFlag, sessionId).update();
    }

    /** Imported sessions of the event, still listed, whose external id is not among {@code present}. */
    List<Listed> missing(long eventId, java.util.Set<String> present) {
        return jdbc.sql("select id, external_id, title from session where event_id = ? and origin = ? "
                        + "and removed_at is null order by id")
                .params(eventId, ORIGIN)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3))).list().stream()
                .filter(s -> !present.contains(s.externalId())).toList();
    }

    void markRemoved(long sessionId, Instant now) {
        jdbc.sql("update session set removed_at = ? where id = ?").params(Timestamp.from(now), sessionId).update();
    }

    /** The event's imported sessions whose language the organiser should check, with their kept source fields. */
    public List<Flagged> flagged(String event) {
        return jdbc.sql("""
                        select s.id, s.external_id, s.title, s.source_lang, s.language_flag, s.extra from session s
                        join event e on e.id = s.event_id
                        where e.slug = ? and s.language_flag is not null and s.removed_at is null order by s.id""")
                .param(event)
                .query((rs, n) -> new Flagged(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    record Listed(long id, String externalId, String title) {
    }

    /** A session whose language was detected or contradicts its text; {@code extra}: its unmapped source fields. */
    public record Flagged(long id, String externalId, String title, String lang, String languageFlag, String extra) {
    }

    /** {@code extra}: JSON object of the source fields we do not map. */
    record ImportedFields(String extra, String languageFlag, Instant removedAt) {
    }
}
