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

    /**
     * Locks the session unless another transaction holds it. Steps that already hold other rows use this, so that
     * they never wait for the session while its holder waits for them.
     */
    public boolean tryLock(long sessionId) {
        return jdbc.sql("select id from session where id = ? for update skip locked").param(sessionId)
                .query(Long.class).optional().isPresent();
    }
}
