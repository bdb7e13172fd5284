package dev.passerelle.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a database without accounts, creates the organiser {@code admin} and prints how to sign in, once.
 * The password comes from {@code passerelle.admin.password}, or is random; only its hash is stored.
 */
@Component
class AdminBootstrap {

    static final String USERNAME = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final AccountRepository repository;
    private final AdminProperties properties;
    private final Environment environment;

    AdminBootstrap(Accounts accounts, AccountRepository repository, AdminProperties properties,
            Environment environment) {
        this.accounts = accounts;
        this.repository = repository;
        this.properties = properties;
        this.environment = environment;
    }

    // After start-up, so the block is the last thing on the console rather than lost in the start-up log.
    @EventListener(ApplicationReadyEvent.class)
    void createAdminIfNoAccount() {
        if (repository.any()) {
            return;
        }
        boolean configured = properties.password() != null && !properties.password().isBlank();
        if (configured) {
            PasswordPolicy.violation(properties.password()).ifPresent(reason -> {
                throw new IllegalStateException("PASSERELLE_ADMIN_PASSWORD is not acceptable: " + reason);
            });
        }
        String password = configured ? properties.password() : randomPassword();
        try {
            accounts.create(USERNAME, password, Role.ORGANISER);
        } catch (UsernameTakenException e) {
            return; // Another instance starting on the same database created it first and printed the block.
        }
        // System.out rather than the log: the console is read once, log files are kept and shipped.
        System.out.printf("""

                ================================================================
                 Passerelle is ready: http://localhost:%s/
                 Sign in as the organiser:  %s / %s
                ================================================================

                """, environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")),
                USERNAME,
                configured ? "(the password set from PASSERELLE_ADMIN_PASSWORD)"
                        : password + "   (shown only this once: keep it safe)");
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
