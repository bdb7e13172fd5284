package dev.passerelle.security;

import java.time.Instant;

/** An account as the API shows it: never its password hash. */
record AccountSummary(long id, String username, Role role, boolean enabled, Instant createdAt) {}
