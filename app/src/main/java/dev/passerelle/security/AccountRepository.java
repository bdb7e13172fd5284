package dev.passerelle.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts in the {@code account} table; usernames are unique. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from account)").query(Boolean.class).single();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select * from account where username = ?")
                .param(username)
                .query(AccountRepository::account)
                .optional();
    }

    List<AccountSummary> summaries() {
        return jdbc.sql("select id, username, role, enabled, created_at from account order by username")
                .query((rs, row) -> new AccountSummary(rs.getLong("id"), rs.getString("username"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), instant(rs, "created_at")))
                .list();
    }

    /** Inserts an enabled account; throws {@link DuplicateKeyException} when the username is taken. */
    AccountSummary insert(String username, String passwordHash, Role role, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into account (username, password_hash, role, enabled, created_at)
                        values (?, ?, ?, true, ?)""")
                .params(username, passwordHash, role.name(), createdAt.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return new AccountSummary(keys.getKeyAs(Long.class), username, role, true, createdAt);
    }

    static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
