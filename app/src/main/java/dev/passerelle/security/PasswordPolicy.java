package dev.passerelle.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The one password rule for accounts, whether created through the API or at first start. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    // BCrypt only reads the first 72 bytes, and Spring's encoder refuses longer input rather than truncate.
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /** Why {@code password} is not acceptable, or empty when it is. */
    static Optional<String> violation(String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("A password may be at most " + MAX_BYTES + " bytes long in UTF-8");
        }
        return Optional.empty();
    }
}
