package dev.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

@SecurityDatabaseTest
class AccessTokensTest {

    private final JdbcClient jdbc;
    private final AccessTokenRepository repository;
    private final AccessTokens tokens;
    private final AccountRepository accounts;

    AccessTokensTest(@Autowired JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.repository = new AccessTokenRepository(jdbc);
        this.tokens = new AccessTokens(repository);
        this.accounts = new AccountRepository(jdbc);
    }

    @BeforeEach
    void accounts() {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var create = new Accounts(accounts, encoder);
        create.create("tina", "correct horse battery", Role.TRANSLATOR);
        create.create("rita", "correct horse battery", Role.REVIEWER);
    }

    @Test
    void issuesPslTokensThatAuthenticateTheirOwner() {
        var issued = tokens.issue("tina", "laptop", null);

        assertThat(issued.token()).matches("psl_[A-Za-z0-9_-]{43}");
        assertThat(issued.token()).startsWith(issued.prefix());
        assertThat(issued.expiresAt()).isNull();
        assertThat(tokens.authenticate(issued.token())).hasValueSatisfying(account -> {
            assertThat(account.username()).isEqualTo("tina");
            assertThat(account.role()).isEqualTo(Role.TRANSLATOR);
        });
    }

    @Test
    void storesOnlyTheHashNeverThePlaintext() {
        var issued = tokens.issue("tina", "laptop", 30);
        String secretPart = issued.token().substring(issued.prefix().length());

        var rows = jdbc.sql("select * from access_token").query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("token_hash")).isEqualTo(AccessTokens.hash(issued.token()));
            assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secretPart));
        });
    }

    @Test
    void rejectsUnknownTokens() {
        tokens.issue("tina", "laptop", null);

        assertThat(tokens.authenticate("psl_" + "A".repeat(43))).isEmpty();
    }

    @Test
    void rejectsExpiredTokens() {
        Instant created = Instant.now().minus(Duration.ofDays(10));
        String token = "psl_expired-test-token";
        repository.insert("tina", "old", AccessTokens.hash(token), "psl_expired", created,
                created.plus(Duration.ofDays(1)));

        assertThat(tokens.authenticate(token)).isEmpty();
    }

    @Test
    void rejectsTokensOfDisabledAccounts() {
        var issued = tokens.issue("tina", "laptop", null);
        jdbc.sql("update account set enabled = false where username = 'tina'").update();

        assertThat(tokens.authenticate(issued.token())).isEmpty();
    }

    @Test
    void recordsWhenATokenWasLastUsed() {
        var issued = tokens.issue("tina", "laptop", 7);
        assertThat(tokens.ownedBy("tina")).singleElement().extracting(AccessToken::lastUsedAt).isNull();

        tokens.authenticate(issued.token());

        assertThat(tokens.ownedBy("tina")).singleElement().satisfies(token -> {
            assertThat(token.lastUsedAt()).isNotNull();
            assertThat(token.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));
        });
    }

    @Test
    void listsAndRevokesOnlyOwnTokens() {
        var tinas = tokens.issue("tina", "laptop", null);
        tokens.issue("rita", "ci", null);

        assertThat(tokens.ownedBy("tina")).extracting(AccessToken::name).containsExactly("laptop");
        assertThatThrownBy(() -> tokens.revoke("rita", tinas.id())).isInstanceOf(TokenNotFoundException.class);

        tokens.revoke("tina", tinas.id());

        assertThat(tokens.ownedBy("tina")).isEmpty();
        assertThat(tokens.authenticate(tinas.token())).isEmpty();
        assertThat(jdbc.sql("select count(*) from access_token").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void hashesWithSha256Hex() {
        assertThat(AccessTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
