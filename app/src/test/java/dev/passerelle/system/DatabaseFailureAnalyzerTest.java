package dev.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseFailureAnalyzerTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/passerelle";

    @Test
    void wrongPasswordSaysSo() {
        SQLException e = new SQLException("FATAL: password authentication failed for user \"app\"", "28P01");

        assertThat(DatabaseFailureAnalyzer.describe(e, URL, "app"))
                .isEqualTo("Database login failed for user 'app' at " + URL + ": wrong user name or password.");
    }

    @Test
    void refusedConnectionSaysUnreachable() {
        SQLException e = new SQLException("Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct\nmore", "08001");

        assertThat(DatabaseFailureAnalyzer.describe(e, URL, "app"))
                .isEqualTo("Database unreachable at " + URL + ": Connection to 127.0.0.1:5432 refused. Check that the "
                        + "hostname and port are correct.");
    }
}
