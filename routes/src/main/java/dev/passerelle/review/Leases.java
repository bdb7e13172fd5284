package dev.passerelle.review;

import dev.passerelle.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims on segments so two people do not translate the same text: all or nothing, for a limited time
 * ({@code passerelle.review.lease.*}), renewable, released by the holder (or a reviewer); expired ones are free.
 */
@Service
public class Leases {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration defaultDuration;
    private final Duration maxDuration;

    Leases(JdbcClient jdbc, Clock clock,
           @Value("${passerelle.review.lease.duration:PT30M}") Duration defaultDuration,
           @Value("${passerelle.review.lease.max-duration:PT4H}") Duration maxDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaultDuration = defaultDuration;
        this.maxDuration = maxDuration;
    }

    /** Claims every segment of the session in {@code lang}; refused if another person holds any of them. */
    @Transactional
    public Lease claimSession(long sessionId, String lang, String person, Duration duration) {
        List<Long> ids = jdbc.sql("select id from segment where session_id = ? and target_lang = ? order by id for update")
                .params(sessionId, lang).query(Long.class).list();
        if (ids.isEmpty()) {
            throw new NotFoundException("segments of session " + sessionId + " in", lang);
        }
        return claim(ids, person, duration);
    }

    /** Claims the given segments; refused if another person holds any of them. */
    @Transactional
    public Lease claimSegments(List<Long> segmentIds, String person, Duration duration) {
        if (segmentIds == null || segmentIds.isEmpty()) {
            throw new InvalidReviewException("segmentIds", "name at least one segment");
        }
        List<Long> ids = jdbc.sql("select id from segment where id in (:ids) order by id for update")
                .param("ids", segmentIds).query(Long.class).list();
        if (ids.size() != segmentIds.stream().distinct().count()) {
            throw new NotFoundException("segment", segmentIds.stream().filter(id -> !ids.contains(id)).findFirst()
                    .orElseThrow());
        }
        return claim(ids, person, duration);
    }

    @Transactional
    public Lease renew(String leaseId, String person, Duration duration) {
        requireHolder(get(leaseId), person);
        jdbc.sql("update segment_lease set expires_at = ? where lease_id = ?")
                .params(Timestamp.from(clock.instant().plus(checked(duration))), leaseId).update();
        return get(leaseId);
    }

    /** Ends a lease; only its holder may, unless {@code overriding} (a reviewer freeing abandoned work). */
    @Transactional
    public void release(String leaseId, String person, boolean overriding) {
        Lease lease = get(leaseId);
        if (!overriding) {
            requireHolder(lease, person);
        }
        jdbc.sql("delete from segment_lease where lease_id = ?").param(leaseId).update();
    }

    /** An unexpired lease by id. */
    public Lease get(String leaseId) {
        List<Lease> found = read("l.lease_id = :lease", Map.of("lease", leaseId));
        if (found.isEmpty()) {
            throw new NotFoundException("lease", leaseId);
        }
        return found.getFirst();
    }

    /** Unexpired leases, optionally only those on a session's segments (in a language). */
    public List<Lease> current(Long sessionId, String lang) {
        var where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (sessionId != null) {
            where.append(" and s.session_id = :session");
            params.put("session", sessionId);
        }
        if (lang != null) {
            where.append(" and s.target_lang = :lang");
            params.put("lang", lang);
        }
        return read(where.toString(), params);
    }

    /** Who holds each of these segments now; segments nobody holds are absent. */
    public Map<Long, String> holders(List<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select segment_id, holder from segment_lease where segment_id in (:ids) and expires_at > :now")
                .param("ids", segmentIds).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Lease> on(long segmentId) {
        return read("l.lease_id = (select lease_id from segment_lease where segment_id = :segment)",
                Map.of("segment", segmentId)).stream().findFirst();
    }

    /** Throws {@link LeaseHeldException} if someone other than {@code person} holds the segment now. */
    public void requireFree(long segmentId, String person) {
        jdbc.sql("select holder, expires_at from segment_lease where segment_id = ? and expires_at > ? and holder <> ?")
                .params(segmentId, Timestamp.from(clock.instant()), person)
                .query((rs, n) -> new LeaseHeldException(segmentId, rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional().ifPresent(held -> {
                    throw held;
                });
    }

    private static void requireHolder(Lease lease, String person) {
        if (!lease.holder().equals(person)) {
            throw new LeaseHeldException(lease.segmentIds().getFirst(), lease.holder(), lease.expiresAt());
        }
    }

    private Lease claim(List<Long> ids, String person, Duration duration) {
        Instant now = clock.instant();
        jdbc.sql("select segment_id, holder, expires_at from segment_lease "
                        + "where segment_id in (:ids) and expires_at > :now and holder <> :person order by segment_id")
                .param("ids", ids).param("now", Timestamp.from(now)).param("person", person)
                .query((rs, n) -> new LeaseHeldException(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list().stream().findFirst().ifPresent(held -> {
                    throw held;
                });
        String leaseId = UUID.randomUUID().toString();
        Instant expires = now.plus(checked(duration));
        jdbc.sql("delete from segment_lease where segment_id in (:ids)").param("ids", ids).update();
        for (Long id : ids) {
            jdbc.sql("insert into segment_lease (segment_id, lease_id, holder, claimed_at, expires_at) values (?, ?, ?, ?, ?)")
                    .params(id, leaseId, person, Timestamp.from(now), Timestamp.from(expires)).update();
        }
        return new Lease(leaseId, person, now, expires, List.copyOf(ids));
    }

    private Duration checked(Duration requested) {
        Duration duration = requested == null ? defaultDuration : requested;
        if (duration.isNegative() || duration.isZero() || duration.compareTo(maxDuration) > 0) {
            throw new InvalidReviewException("minutes", "a lease lasts more than 0 and at most "
                    + maxDuration.toMinutes() + " minutes");
        }
        return duration;
    }

    private List<Lease> read(String where, Map<String, Object> params) {
        var spec = jdbc.sql("select l.lease_id, l.holder, l.claimed_at, l.expires_at, l.segment_id "
                + "from segment_lease l join segment s on s.id = l.segment_id where l.expires_at > :now and " + where
                + " order by l.claimed_at, l.lease_id, l.segment_id").param("now", Timestamp.from(clock.instant()));
        for (var param : params.entrySet()) {
            spec = spec.param(param.getKey(), param.getValue());
        }
        var byLease = spec.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getLong(5))).list().stream()
                .collect(Collectors.groupingBy(Row::leaseId, LinkedHashMap::new, Collectors.toList()));
        return byLease.values().stream().map(rows -> new Lease(rows.getFirst().leaseId(), rows.getFirst().holder(),
                rows.getFirst().claimedAt(), rows.getFirst().expiresAt(), rows.stream().map(Row::segmentId).toList()))
                .toList();
    }

    private record Row(String leaseId, String holder, Instant claimedAt, Instant expiresAt, long segmentId) {
    }
}
