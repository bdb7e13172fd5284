package dev.passerelle.mt;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * MT meters: {@code passerelle.mt.characters.sent}/{@code .billed} and {@code passerelle.mt.cache.hits} per provider,
 * {@code passerelle.mt.fallbacks} per provider and reason (segments handed on to the next connector or a human),
 * {@code passerelle.mt.circuit.open} per provider.
 */
public final class MtMeters {

    private final MeterRegistry registry;

    public MtMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void charged(String provider, long sent, long billed) {
        counter("passerelle.mt.characters.sent", provider).increment(sent);
        counter("passerelle.mt.characters.billed", provider).increment(billed);
    }

    void cacheHits(String provider, int hits) {
        if (hits > 0) {
            Counter.builder("passerelle.mt.cache.hits").tag("provider", provider)
                    .description("segments answered from the MT cache").register(registry).increment(hits);
        }
    }

    void fallback(String provider, String reason, int segments) {
        Counter.builder("passerelle.mt.fallbacks").tag("provider", provider).tag("reason", reason)
                .description("segments an MT provider handed on, by reason").register(registry).increment(segments);
    }

    /** {@code passerelle.mt.circuit.open}: 1 while the provider is paused after a quota or authentication failure. */
    void circuit(String provider, java.util.function.BooleanSupplier open) {
        io.micrometer.core.instrument.Gauge.builder("passerelle.mt.circuit.open", () -> open.getAsBoolean() ? 1 : 0)
                .tag("provider", provider).description("1 while the MT provider is paused").register(registry);
    }

    private Counter counter(String name, String provider) {
        return Counter.builder(name).tag("provider", provider).baseUnit("characters").register(registry);
    }
}
