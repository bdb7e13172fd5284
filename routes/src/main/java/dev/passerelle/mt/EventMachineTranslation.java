package dev.passerelle.mt;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** An event's MT settings (chain, budget) and what MT cost it so far, for organisers. */
@Service
public class EventMachineTranslation {

    private final MtEventSettings settings;
    private final MtChains chains;
    private final MtConnectors connectors;
    private final MtCostLedger costs;
    private final MtProperties properties;

    EventMachineTranslation(MtEventSettings settings, MtChains chains, MtConnectors connectors, MtCostLedger costs,
                            MtProperties properties) {
        this.settings = settings;
        this.chains = chains;
        this.connectors = connectors;
        this.costs = costs;
        this.properties = properties;
    }

    /** The event's own settings (null = default), what applies, and the connectors this server offers. */
    public record View(List<String> chain, Long budgetCharacters, List<String> effectiveChain,
                       long effectiveBudgetCharacters, Set<String> availableConnectors) {}

    /** Usage per provider and month, totals and what is left of the budget (null when unlimited). */
    public record Costs(List<MtCostLedger.MtCost> usage, long charactersSent, long charactersBilled,
                        long budgetCharacters, Long remainingCharacters) {}

    public View view(long eventId) {
        MtEventSettings.Settings own = settings.get(eventId);
        return new View(own.chain(), own.budgetCharacters(), chains.forEvent(eventId).connectorIds(),
                budget(own), connectors.ids());
    }

    /** Replaces the event's settings; an id no connector of this server has is refused. */
    public View update(long eventId, MtEventSettings.Settings changed) {
        validate(changed);
        settings.update(eventId, changed);
        return view(eventId);
    }

    /** Throws {@link IllegalArgumentException} when the chain names a connector this server does not have. */
    public void validate(MtEventSettings.Settings changed) {
        if (changed.chain() != null) {
            List<String> unknown = changed.chain().stream().filter(id -> !connectors.ids().contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("mtChain names connectors this server does not have: " + unknown
                        + " (available: " + connectors.ids().stream().sorted().toList() + ")");
            }
        }
    }

    public Costs costs(long eventId) {
        List<MtCostLedger.MtCost> usage = costs.forEvent(eventId);
        long sent = usage.stream().mapToLong(MtCostLedger.MtCost::charactersSent).sum();
        long billed = usage.stream().mapToLong(MtCostLedger.MtCost::charactersBilled).sum();
        long budget = budget(settings.get(eventId));
        return new Costs(usage, sent, billed, budget, budget == 0 ? null : Math.max(0, budget - sent));
    }

    private long budget(MtEventSettings.Settings own) {
        return own.budgetCharacters() != null ? own.budgetCharacters() : properties.budget().characters();
    }
}
