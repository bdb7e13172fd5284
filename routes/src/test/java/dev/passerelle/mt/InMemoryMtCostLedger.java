package dev.passerelle.mt;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The cost ledger in a map, for tests without a database. */
public class InMemoryMtCostLedger implements MtCostLedger {

    private record Key(String provider, long eventId, YearMonth month) {}

    private final Map<Key, MtCost> rows = new ConcurrentHashMap<>();

    @Override
    public void add(String provider, long eventId, YearMonth month, long requests, long sent, long billed) {
        rows.merge(new Key(provider, eventId, month), new MtCost(provider, month, requests, sent, billed),
                (a, b) -> new MtCost(provider, month, a.requests() + b.requests(),
                        a.charactersSent() + b.charactersSent(), a.charactersBilled() + b.charactersBilled()));
    }

    @Override
    public long sentForEvent(long eventId) {
        return rows.entrySet().stream().filter(e -> e.getKey().eventId() == eventId)
                .mapToLong(e -> e.getValue().charactersSent()).sum();
    }

    @Override
    public List<MtCost> forEvent(long eventId) {
        return new ArrayList<>(rows.entrySet().stream().filter(e -> e.getKey().eventId() == eventId)
                .map(Map.Entry::getValue).toList());
    }

    public long billed() {
        return rows.values().stream().mapToLong(MtCost::charactersBilled).sum();
    }

    public long sent() {
        return rows.values().stream().mapToLong(MtCost::charactersSent).sum();
    }
}
