package dev.passerelle.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains in one line why the database could not be reached at start-up (Hikari and Flyway connect eagerly):
 * wrong credentials, nothing listening, or another refusal.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final String CONFIG_HINT =
            "Check PASSERELLE_DATABASE_URL, PASSERELLE_DATABASE_USER and PASSERELLE_DATABASE_PASSWORD "
                    + "(leave them unset for the embedded H2 database under ./data/).";

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(no URL)");
        String user = environment.getProperty("spring.datasource.username", "");
        return new FailureAnalysis(describe(cause, url, user), CONFIG_HINT, cause);
    }

    static String describe(SQLException cause, String url, String user) {
        String state = deepestSqlState(cause);
        if (state != null && state.startsWith("28")) {
            return "Database login failed for user '" + user + "' at " + url + ": wrong user name or password.";
        }
        if (state != null && state.startsWith("08")) {
            return "Database unreachable at " + url + ": " + firstLine(cause) + ".";
        }
        return "Database connection failed at " + url + ": " + firstLine(cause) + ".";
    }

    private static String deepestSqlState(SQLException cause) {
        String state = null;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return state;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message.strip() : message.substring(0, newline).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
