package dev.passerelle.system;

/**
 * A start-up problem the user can fix: {@link StartupFailureAnalyzer} prints its one-line description and
 * action instead of a stack trace.
 */
public class StartupFailure extends RuntimeException {

    private final String action;

    public StartupFailure(String description, String action) {
        super(description);
        this.action = action;
    }

    public StartupFailure(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
