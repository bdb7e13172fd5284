package dev.passerelle.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates accounts: checks the password policy, hashes the password, refuses a taken username. */
@Service
class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    AccountSummary create(String username, String password, Role role) {
        PasswordPolicy.violation(password).ifPresent(reason -> {
            throw new WeakPasswordException(reason);
        });
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return repository.insert(username, passwordEncoder.encode(password), role, now);
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(username);
        }
    }
}
