package dev.passerelle.security;

import static dev.passerelle.security.AccountRepository.instant;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Personal access tokens in the {@code access_token} table, found by the hash of their secret. */
@Repository
class AccessTokenRepository {

    /** A token found by its hash, with the account it acts for. */
    record Match(long tokenId, Instant lastUsedAt, Instant expiresAt, Account account) {}

    private final JdbcClient jdbc;

    AccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into access_token (account_id, name, token_hash, prefix, created_at, expires_at)
                        values ((select id from account where username = ?), ?, ?, ?, ?, ?)""")
                .params(username, name, tokenHash, prefix, utc(createdAt), utc(expiresAt))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<AccessToken> ownedBy(String username) {
        return jdbc.sql("""
                        select t.* from access_token t join account a on a.id = t.account_id
                        where a.username = ? order by t.id""")
                .param(username)
                .query((rs, row) -> new AccessToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "expires_at")))
                .list();
    }

    /** Deletes the token if {@code username} owns it; false when there was nothing of theirs to delete. */
    boolean delete(long id, String username) {
        return jdbc.sql("""
                        delete from access_token
                        where id = ? and account_id = (select id from account where username = ?)""")
                .params(id, username)
                .update() == 1;
    }

    Optional<Match> findByHash(String tokenHash) {
        return jdbc.sql("""
                        select t.id as token_id, t.last_used_at, t.expires_at, a.*
                        from access_token t join account a on a.id = t.account_id
                        where t.token_hash = ?""")
                .param(tokenHash)
                .query((rs, row) -> new Match(rs.getLong("token_id"), instant(rs, "last_used_at"),
                        instant(rs, "expires_at"), AccountRepository.account(rs, row)))
                .optional();
    }

    void markUsed(long id, Instant at) {
        jdbc.sql("update access_token set last_used_at = ? where id = ?").params(utc(at), id).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
