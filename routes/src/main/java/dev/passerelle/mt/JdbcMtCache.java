package dev.passerelle.mt;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link MtCache} in table {@code mt_cache}; a key written twice (two instances racing) keeps the first. */
final class JdbcMtCache implements MtCache {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcMtCache(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public Map<String, Cached> find(Collection<String> keys) {
        Map<String, Cached> found = new HashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql("select key_hash, target, model, created_at from mt_cache where key_hash in (:keys)")
                    .param("keys", keys)
                    .query(rs -> {
                        found.put(rs.getString(1), new Cached(rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant()));
                    });
        }
        return found;
    }

    @Override
    public void put(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        insert into mt_cache (key_hash, provider, source_lang, target_lang, source, target, model, created_at)
                        select ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from mt_cache where key_hash = ?)""",
                entries.stream().map(e -> new Object[] {e.key(), e.provider(), e.pair().source(), e.pair().target(),
                        e.source(), e.target(), e.model(), Timestamp.from(e.at()), e.key()}).toList());
    }
}
