package dev.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@SecurityDatabaseTest
class AccountsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AccountRepository repository;
    private final Accounts accounts;

    AccountsTest(@Autowired JdbcClient jdbc) {
        this.repository = new AccountRepository(jdbc);
        this.accounts = new Accounts(repository, encoder);
    }

    @Test
    void storesOnlyABcryptHashOfThePassword() {
        accounts.create("rita", "correct horse battery", Role.REVIEWER);

        var stored = repository.findByUsername("rita").orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.REVIEWER);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse battery");
        assertThat(encoder.matches("correct horse battery", stored.passwordHash())).isTrue();
    }

    @Test
    void refusesATakenUsername() {
        accounts.create("rita", "correct horse battery", Role.REVIEWER);

        assertThatThrownBy(() -> accounts.create("rita", "another long password", Role.TRANSLATOR))
                .isInstanceOf(UsernameTakenException.class);
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThatThrownBy(() -> accounts.create("rita", "eleven-char", Role.REVIEWER))
                .isInstanceOf(WeakPasswordException.class);
        assertThat(repository.findByUsername("rita")).isEmpty();
    }

    @Test
    void refusesPasswordsBcryptWouldTruncate() {
        assertThatThrownBy(() -> accounts.create("rita", "é".repeat(40), Role.REVIEWER))
                .isInstanceOf(WeakPasswordException.class);
    }

    @Test
    void loadsAccountsForSignIn() {
        accounts.create("tina", "correct horse battery", Role.TRANSLATOR);

        var user = new AccountUserDetailsService(repository).loadUserByUsername("tina");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TRANSLATOR");
        assertThat(user.isEnabled()).isTrue();
    }
}
