package dev.passerelle.mt;

import java.time.Clock;

/** What every {@link ProviderConnector} shares: cache, cost ledger, event settings (budgets), meters, clock. */
public record MtServices(MtCache cache, MtCostLedger costs, MtEventSettings events, MtMeters meters, Clock clock,
                         MtProperties properties) {

    /** The event's character budget: its own, else the default; 0 = unlimited. */
    long budgetOf(long eventId) {
        Long own = eventId == 0 ? null : events.get(eventId).budgetCharacters();
        return own != null ? own : properties.budget().characters();
    }

    /** Wraps a provider into a connector sharing these services. */
    public MtConnector connector(MtProvider provider) {
        return new ProviderConnector(provider, this);
    }
}
