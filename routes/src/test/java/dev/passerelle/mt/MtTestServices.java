package dev.passerelle.mt;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Provider-connector services in memory, with quick retries, for connector tests and the benchmark. */
public final class MtTestServices {

    public final InMemoryMtCache cache = new InMemoryMtCache();
    public final InMemoryMtCostLedger costs = new InMemoryMtCostLedger();
    public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryMtEventSettings events = new InMemoryMtEventSettings();
    private long defaultBudget;
    private int maxAttempts = 3;

    public MtTestServices budget(long characters) {
        this.defaultBudget = characters;
        return this;
    }

    public MtTestServices maxAttempts(int attempts) {
        this.maxAttempts = attempts;
        return this;
    }

    public MtTestServices eventBudget(long eventId, long characters) {
        events.update(eventId, new MtEventSettings.Settings(null, characters));
        return this;
    }

    public MtServices services() {
        return new MtServices(cache, costs, events, new MtMeters(registry),
                Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC),
                new MtProperties(List.of("tm", "none"), new MtProperties.Budget(defaultBudget),
                        new MtProperties.Retry(maxAttempts, Duration.ofMillis(20), Duration.ofSeconds(3)),
                        Duration.ofMinutes(15)));
    }

    public double counter(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
