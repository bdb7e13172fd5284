package dev.passerelle.intake.program;

import dev.passerelle.event.EventRepository;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each event's program URL (table program_source), and which are due for the next poll. */
@Repository
public class ProgramSources {

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final Clock clock;
    private final Duration interval;

    ProgramSources(JdbcClient jdbc, EventRepository events, Clock clock,
                   @Value("${passerelle.routes.program-import.interval:PT15M}") Duration interval) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.interval = interval;
    }

    /** Sets (or replaces) the event's program URL; only http and https URLs are fetched. */
    public ProgramSource configure(String eventSlug, String url, ProgramFormat format) {
        long eventId = events.get(eventSlug).id();
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url is not a valid URL: " + e.getMessage());
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute http or https URL, not '" + url + "'");
        }
        if (jdbc.sql("update program_source set url = ?, format = ?, content_hash = null, polled_at = null, "
                + "last_error = null where event_id = ?").params(uri.toString(), format.id(), eventId).update() == 0) {
            jdbc.sql("insert into program_source (event_id, url, format) values (?, ?, ?)")
                    .params(eventId, uri.toString(), format.id()).update();
        }
        return get(eventSlug).orElseThrow();
    }

    public Optional<ProgramSource> get(String eventSlug) {
        return jdbc.sql("select e.slug, p.* from program_source p join event e on e.id = p.event_id where e.slug = ?")
                .param(eventSlug).query(ProgramSources::map).optional();
    }

    public void remove(String eventSlug) {
        jdbc.sql("delete from program_source where event_id = ?").param(events.get(eventSlug).id()).update();
    }

    /** Sources never polled, or last polled longer ago than the interval. */
    public List<ProgramSource> due() {
        return jdbc.sql("select e.slug, p.* from program_source p join event e on e.id = p.event_id "
                        + "where p.polled_at is null or p.polled_at < ? order by p.event_id")
                .param(Timestamp.from(clock.instant().minus(interval))).query(ProgramSources::map).list();
    }

    void polled(ProgramSource source, String contentHash, String report, String error) {
        jdbc.sql("update program_source set polled_at = ?, content_hash = coalesce(?, content_hash), "
                        + "last_report = coalesce(?, last_report), last_error = ? where event_id = ?")
                .params(Timestamp.from(clock.instant()), contentHash, report, error, source.eventId()).update();
    }

    private static ProgramSource map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp polled = rs.getTimestamp("polled_at");
        return new ProgramSource(rs.getLong("event_id"), rs.getString("slug"), rs.getString("url"),
                ProgramFormat.fromId(rs.getString("format")), rs.getString("content_hash"),
                polled == null ? null : polled.toInstant(), rs.getString("last_error"), rs.getString("last_report"));
    }

    /** An event's program URL, and how its last poll went ({@code lastReport}: the import report JSON). */
    public record ProgramSource(long eventId, String event, String url, ProgramFormat format, String contentHash,
                                java.time.Instant polledAt, String lastError, String lastReport) {
    }
}
