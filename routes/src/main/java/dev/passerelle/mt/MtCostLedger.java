package dev.passerelle.mt;

import java.time.YearMonth;
import java.util.List;

/** Characters sent to and billed by each provider, per event and month. */
public interface MtCostLedger {

    void add(String provider, long eventId, YearMonth month, long requests, long sent, long billed);

    /** Characters sent for the event so far, every provider and month (what a budget limits). */
    long sentForEvent(long eventId);

    List<MtCost> forEvent(long eventId);

    /** One provider's usage for one event in one month. */
    record MtCost(String provider, YearMonth month, long requests, long charactersSent, long charactersBilled) {}
}
