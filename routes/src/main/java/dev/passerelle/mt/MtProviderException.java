package dev.passerelle.mt;

import java.time.Duration;

/**
 * A provider call failed; {@link Kind} decides what happens next: retry (after {@code retryAfter} when the
 * provider said so), split the batch, open the provider's circuit breaker, or give the segments up to the next
 * connector with this message as the reason.
 */
public class MtProviderException extends MtException {

    /** What went wrong, as far as the next step is concerned. */
    public enum Kind {
        RATE_LIMITED(true), UNAVAILABLE(true), TIMEOUT(true), BAD_ANSWER(true),
        QUOTA_EXCEEDED(false), AUTH_FAILED(false), TOO_LARGE(false), UNSUPPORTED(false), REJECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }

        /** Failures that will not heal by themselves soon: stop calling the provider for a while. */
        public boolean opensCircuit() {
            return this == QUOTA_EXCEEDED || this == AUTH_FAILED;
        }
    }

    private final Kind kind;
    private final transient Duration retryAfter;

    public MtProviderException(String provider, Kind kind, String message, Duration retryAfter) {
        super(provider + ": " + message);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public MtProviderException(String provider, Kind kind, String message) {
        this(provider, kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The wait the provider asked for (Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
