package dev.passerelle.mt;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.mt.*}: the default connector chain of events; the default character budget per event (0 = no
 * limit); how provider calls are retried (Retry-After honoured up to {@code max-backoff}, else exponential backoff
 * with jitter) and how long a provider's circuit stays open after a quota or authentication failure.
 */
@ConfigurationProperties("passerelle.mt")
public record MtProperties(
        @DefaultValue({"tm", "none"}) List<String> chain,
        @DefaultValue Budget budget,
        @DefaultValue Retry retry,
        @DefaultValue("15m") Duration circuitOpenFor) {

    public MtProperties {
        chain = List.copyOf(chain);
    }

    /** {@code passerelle.mt.budget.characters}: characters an event may send to MT providers; 0 = unlimited. */
    public record Budget(@DefaultValue("0") long characters) {}

    /** {@code passerelle.mt.retry.*}. */
    public record Retry(@DefaultValue("4") int maxAttempts, @DefaultValue("500ms") Duration initialBackoff,
                        @DefaultValue("30s") Duration maxBackoff) {}
}
