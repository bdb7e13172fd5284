package dev.passerelle.intake;

import dev.passerelle.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises decisions about one session (approvals, re-segmentation) so that "every segment approved" is judged
 * on committed data: the last two approvals of a session never both miss each other.
 */
@Component
public class SessionLock {

    private final JdbcClient jdbc;

    SessionLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void lock(long sessionId) {
        jdbc.sql("select id from session where id = ? for update").param(sessionId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("session", sessionId));
    }
}
