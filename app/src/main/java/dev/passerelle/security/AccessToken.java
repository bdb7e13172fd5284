package dev.passerelle.security;

import java.time.Instant;

/** A personal access token as its owner sees it in a list: never the secret. */
record AccessToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {}
