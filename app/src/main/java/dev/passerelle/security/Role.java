package dev.passerelle.security;

/**
 * What an account may do; stored by {@link #name()}, so names are stable ids.
 * Ordered by the hierarchy: an organiser may do all a reviewer may, a reviewer all a translator may.
 */
public enum Role {
    ORGANISER,
    REVIEWER,
    TRANSLATOR;

    /** The Spring Security authority for this role, e.g. {@code ROLE_REVIEWER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
