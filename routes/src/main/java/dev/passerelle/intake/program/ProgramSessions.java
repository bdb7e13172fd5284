package dev.passerelle.intake.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** Marks the session as imported now; true when it had been removed by an earlier import (it is back). */
    boolean imported(long sessionId, String extraJson, String languageFlag) {
        boolean wasRemoved = jdbc.sql("select removed_at is not null from session where id = ?").param(sessionId)
                .query(Boolean.class).single();
        jdbc.sql("update session set origin = ?, extra = ?, language_flag = ?, removed_at = null where id = ?")
                .params(ORIGIN, extraJson, languageFlag, sessionId).update();
        return wasRemoved;
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

    /** What the organiser sees of an imported session: its kept source fields and the language to check. */
    public Optional<ImportedFields> fields(long sessionId) {
        return jdbc.sql("select extra, language_flag, removed_at from session where id = ?").param(sessionId)
                .query((rs, n) -> new ImportedFields(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
    }

    record Listed(long id, String externalId, String title) {
    }

    /** {@code extra}: JSON object of the source fields we do not map. */
    public record ImportedFields(String extra, String languageFlag, Instant removedAt) {
    }
}
