package dev.passerelle.mt.tm;

import dev.passerelle.mt.LanguagePair;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approved segment pairs in the database (table tm_entry), the source every instance's TM index catches up from. */
@Repository
public class JdbcTmEntries implements TmEntries {

    private final JdbcClient jdbc;

    JdbcTmEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String sourceLang, String targetLang, String source, String target, Instant at) {
        jdbc.sql("insert into tm_entry (source_lang, target_lang, source, target, created_at) values (?, ?, ?, ?, ?)")
                .params(sourceLang, targetLang, source, target, Timestamp.from(at)).update();
    }

    @Override
    public List<TmEntry> after(long id, int limit) {
        return jdbc.sql("select id, source_lang, target_lang, source, target from tm_entry where id > ? "
                        + "order by id limit ?")
                .params(id, limit)
                .query((rs, n) -> new TmEntry(rs.getLong(1), new LanguagePair(rs.getString(2), rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .list();
    }
}
