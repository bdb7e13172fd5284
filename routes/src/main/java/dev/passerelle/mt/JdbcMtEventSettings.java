package dev.passerelle.mt;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link MtEventSettings} in the event table's {@code mt_chain} (comma-separated ids) and {@code mt_budget_characters}. */
final class JdbcMtEventSettings implements MtEventSettings {

    private final JdbcClient jdbc;

    JdbcMtEventSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Settings get(long eventId) {
        return jdbc.sql("select mt_chain, mt_budget_characters from event where id = ?").param(eventId)
                .query((rs, n) -> {
                    String chain = rs.getString(1);
                    return new Settings(chain == null ? null : Arrays.asList(chain.split(",")),
                            rs.getObject(2, Long.class));
                })
                .optional().orElse(Settings.DEFAULTS);
    }

    @Override
    public void update(long eventId, Settings settings) {
        jdbc.sql("update event set mt_chain = ?, mt_budget_characters = ? where id = ?")
                .params(settings.chain() == null ? null : String.join(",", settings.chain()),
                        settings.budgetCharacters(), eventId)
                .update();
    }
}
