package dev.passerelle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Issues, lists, revokes and checks personal access tokens ({@code psl_} + 32 random bytes, base64url).
 * Only a SHA-256 hash of a token is stored; its plaintext exists once, in the creation response.
 */
@Service
class AccessTokens {

    static final String SCHEME_PREFIX = "psl_";
    private static final int PREFIX_LENGTH = SCHEME_PREFIX.length() + 8;
    // Writing last_used_at on every request would turn each API read into a write; a minute's precision is enough.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository repository;

    AccessTokens(AccessTokenRepository repository) {
        this.repository = repository;
    }

    IssuedToken issue(String username, String name, Integer expiresInDays) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, PREFIX_LENGTH);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
        long id = repository.insert(username, name, hash(token), prefix, now, expiresAt);
        return new IssuedToken(id, name, token, prefix, expiresAt);
    }

    List<AccessToken> ownedBy(String username) {
        return repository.ownedBy(username);
    }

    void revoke(String username, long id) {
        if (!repository.delete(id, username)) {
            throw new TokenNotFoundException(id);
        }
    }

    /** The enabled account a current token acts for; empty for an unknown, expired or disabled one. */
    Optional<Account> authenticate(String token) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return repository.findByHash(hash(token))
                .filter(match -> match.expiresAt() == null || match.expiresAt().isAfter(now))
                .filter(match -> match.account().enabled())
                .map(match -> {
                    if (match.lastUsedAt() == null || match.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
                        repository.markUsed(match.tokenId(), now);
                    }
                    return match.account();
                });
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
