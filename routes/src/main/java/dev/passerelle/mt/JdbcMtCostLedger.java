package dev.passerelle.mt;

import java.time.YearMonth;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link MtCostLedger} in table {@code mt_cost}: one row per provider, event and month, added to. */
final class JdbcMtCostLedger implements MtCostLedger {

    private final JdbcClient jdbc;

    JdbcMtCostLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String provider, long eventId, YearMonth month, long requests, long sent, long billed) {
        if (increment(provider, eventId, month, requests, sent, billed) > 0) {
            return;
        }
        try {
            jdbc.sql("""
                            insert into mt_cost (provider, event_id, usage_month, requests, characters_sent, characters_billed)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(provider, eventId, month.toString(), requests, sent, billed).update();
        } catch (DuplicateKeyException e) {
            increment(provider, eventId, month, requests, sent, billed);
        }
    }

    private int increment(String provider, long eventId, YearMonth month, long requests, long sent, long billed) {
        return jdbc.sql("""
                        update mt_cost set requests = requests + ?, characters_sent = characters_sent + ?,
                          characters_billed = characters_billed + ?
                        where provider = ? and event_id = ? and usage_month = ?""")
                .params(requests, sent, billed, provider, eventId, month.toString()).update();
    }

    @Override
    public long sentForEvent(long eventId) {
        return jdbc.sql("select coalesce(sum(characters_sent), 0) from mt_cost where event_id = ?").param(eventId)
                .query(Long.class).single();
    }

    @Override
    public List<MtCost> forEvent(long eventId) {
        return jdbc.sql("""
                        select provider, usage_month, requests, characters_sent, characters_billed from mt_cost
                        where event_id = ? order by usage_month, provider""")
                .param(eventId)
                .query((rs, n) -> new MtCost(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
