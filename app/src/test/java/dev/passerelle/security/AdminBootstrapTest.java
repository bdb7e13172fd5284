package dev.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@SecurityDatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final String ENV_PASSWORD = "scripted-install-secret";

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final JdbcClient jdbc;
    private final AccountRepository repository;

    AdminBootstrapTest(@Autowired JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.repository = new AccountRepository(jdbc);
    }

    private AdminBootstrap bootstrap(String password, AccountRepository repository) {
        var environment = new MockEnvironment().withProperty("local.server.port", "8181");
        return new AdminBootstrap(new Accounts(repository, encoder), repository, new AdminProperties(password),
                environment);
    }

    private int accountCount() {
        return jdbc.sql("select count(*) from account").query(Integer.class).single();
    }

    @Test
    void createsAnOrganiserAdminWithARandomPasswordPrintedOnceAndStoredHashed(CapturedOutput output) {
        bootstrap(null, repository).createAdminIfNoAccount();

        var admin = repository.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ORGANISER);
        assertThat(output.getOut()).contains("http://localhost:8181/");
        var printed = Pattern.compile("admin / (\\S+)").matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
    }

    @Test
    void usesTheConfiguredPasswordWithoutPrintingIt(CapturedOutput output) {
        bootstrap(ENV_PASSWORD, repository).createAdminIfNoAccount();

        var admin = repository.findByUsername("admin").orElseThrow();
        assertThat(encoder.matches(ENV_PASSWORD, admin.passwordHash())).isTrue();
        assertThat(output.getAll()).doesNotContain(ENV_PASSWORD).contains("PASSERELLE_ADMIN_PASSWORD");
    }

    @Test
    void secondStartCreatesAndPrintsNothing(CapturedOutput output) {
        bootstrap(null, repository).createAdminIfNoAccount();
        bootstrap(null, repository).createAdminIfNoAccount();

        assertThat(accountCount()).isEqualTo(1);
        assertThat(output.getOut().split("Passerelle is ready", -1)).hasSize(2);
    }

    @Test
    void leavesADatabaseWithAccountsAlone(CapturedOutput output) {
        new Accounts(repository, encoder).create("olga", "correct horse battery", Role.ORGANISER);

        bootstrap(null, repository).createAdminIfNoAccount();

        assertThat(repository.findByUsername("admin")).isEmpty();
        assertThat(output.getOut()).doesNotContain("Passerelle is ready");
    }

    @Test
    void instanceLosingTheFirstStartRaceSaysNothing(CapturedOutput output) {
        bootstrap(null, repository).createAdminIfNoAccount();
        // The other instance checked before this one's insert committed, so it too saw no account.
        var sawNoAccount = new AccountRepository(jdbc) {
            @Override
            boolean any() {
                return false;
            }
        };

        bootstrap(null, sawNoAccount).createAdminIfNoAccount();

        assertThat(accountCount()).isEqualTo(1);
        assertThat(output.getOut().split("Passerelle is ready", -1)).hasSize(2);
    }

    @Test
    void refusesToStartWithAWeakConfiguredPassword() {
        assertThatThrownBy(() -> bootstrap("short", repository).createAdminIfNoAccount())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PASSERELLE_ADMIN_PASSWORD");
        assertThat(accountCount()).isZero();
    }

    @Test
    void bindsThePasswordFromTheEnvironmentVariable() {
        var environment = new SystemEnvironmentPropertySource("env",
                Map.of("PASSERELLE_ADMIN_PASSWORD", ENV_PASSWORD));
        var properties = new Binder(ConfigurationPropertySources.from(environment))
                .bind("passerelle.admin", AdminProperties.class)
                .get();

        assertThat(properties.password()).isEqualTo(ENV_PASSWORD);
    }
}
