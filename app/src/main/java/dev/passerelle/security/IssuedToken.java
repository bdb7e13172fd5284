package dev.passerelle.security;

import java.time.Instant;

/** A token just created: the only time its plaintext {@code token} is shown. */
record IssuedToken(long id, String name, String token, String prefix, Instant expiresAt) {}
