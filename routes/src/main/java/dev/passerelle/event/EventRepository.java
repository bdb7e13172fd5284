package dev.passerelle.event;

import dev.passerelle.NotFoundException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events by slug. */
@Repository
public class EventRepository {

    private final JdbcClient jdbc;

    public EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the event, or throws {@link EventExistsException} when the slug is taken. */
    public Event create(NewEvent event, Instant now) {
        try {
            jdbc.sql("insert into event (slug, name, languages, starts_on, ends_on, created_at) values (?, ?, ?, ?, ?, ?)")
                    .params(event.slug(), event.name(), String.join(",", event.languages()),
                            event.startsOn() == null ? null : Date.valueOf(event.startsOn()),
                            event.endsOn() == null ? null : Date.valueOf(event.endsOn()), Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EventExistsException(event.slug());
        }
        return get(event.slug());
    }

    public Event get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("event", slug));
    }

    public Optional<Event> find(String slug) {
        return jdbc.sql("select * from event where slug = ?").param(slug).query(EventRepository::map).optional();
    }

    public Event get(long id) {
        return jdbc.sql("select * from event where id = ?").param(id).query(EventRepository::map).optional()
                .orElseThrow(() -> new NotFoundException("event", id));
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from event").query(Long.class).single() == 0;
    }

    private static Event map(ResultSet rs, int row) throws SQLException {
        Date starts = rs.getDate("starts_on");
        Date ends = rs.getDate("ends_on");
        return new Event(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                Arrays.asList(rs.getString("languages").split(",")),
                starts == null ? null : starts.toLocalDate(), ends == null ? null : ends.toLocalDate(),
                rs.getTimestamp("created_at").toInstant());
    }
}
