package dev.passerelle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Leases on in-memory H2 (PostgreSQL mode, migrated by Flyway), with a clock the test moves. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:leases;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class LeasesTest {

    private static final Instant NOON = Instant.parse("2026-06-11T12:00:00Z");

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock();
    private Leases leases;
    private long session;
    private List<Long> french;

    @BeforeEach
    void sessionWithSegments() {
        leases = new Leases(jdbc, clock, Duration.ofMinutes(30), Duration.ofHours(4));
        clock.now = NOON;
        Timestamp at = Timestamp.from(NOON);
        String slug = "leases-" + System.nanoTime();
        jdbc.sql("insert into event (slug, name, languages, created_at) values (?, 'E', 'en,fr', ?)").params(slug, at)
                .update();
        long event = jdbc.sql("select id from event where slug = ?").param(slug).query(Long.class).single();
        jdbc.sql("""
                insert into session (event_id, external_id, kind, source_lang, title, abstract, speakers, pipeline_state,
                  created_at, updated_at) values (?, 'x', 'TALK', 'en', 'T', 'A', '', 'SEGMENTED', ?, ?)""")
                .params(event, at, at).update();
        session = jdbc.sql("select id from session where event_id = ?").param(event).query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            for (String lang : List.of("fr", "de")) {
                jdbc.sql("""
                        insert into segment (session_id, field, idx, source_lang, target_lang, source, state, updated_at)
                        values (?, ?, ?, 'en', ?, 'Text', 'IN_REVIEW', ?)""")
                        .params(session, "abstract-" + lang, i, lang, at).update();
            }
        }
        french = jdbc.sql("select id from segment where session_id = ? and target_lang = 'fr' order by id")
                .param(session).query(Long.class).list();
    }

    @Test
    void claimsASessionsSegmentsInOneLanguage() {
        Lease lease = leases.claimSession(session, "fr", "tina", null);
        assertThat(lease.segmentIds()).containsExactlyElementsOf(french);
        assertThat(lease.expiresAt()).isEqualTo(NOON.plus(Duration.ofMinutes(30)));
        assertThat(leases.holders(french)).containsOnlyKeys(french).containsValue("tina");
        assertThat(leases.current(session, "fr")).singleElement().isEqualTo(lease);
    }

    @Test
    void refusesAllWhenSomeoneElseHoldsOneAndNamesThem() {
        leases.claimSegments(List.of(french.get(1)), "theo", Duration.ofMinutes(10));
        assertThatThrownBy(() -> leases.claimSession(session, "fr", "tina", null))
                .isInstanceOfSatisfying(LeaseHeldException.class, e -> {
                    assertThat(e.holder()).isEqualTo("theo");
                    assertThat(e.segmentId()).isEqualTo(french.get(1));
                });
        assertThat(leases.holders(french)).containsOnlyKeys(french.get(1));
        assertThatThrownBy(() -> leases.requireFree(french.get(1), "tina")).isInstanceOf(LeaseHeldException.class);
        leases.requireFree(french.get(1), "theo");
        leases.requireFree(french.get(0), "tina");
    }

    @Test
    void anExpiredLeaseIsFreeAndARenewedOneIsNot() {
        Lease lease = leases.claimSegments(french, "theo", Duration.ofMinutes(10));
        clock.now = NOON.plus(Duration.ofMinutes(9));
        leases.renew(lease.leaseId(), "theo", Duration.ofMinutes(10));
        clock.now = NOON.plus(Duration.ofMinutes(15));
        assertThatThrownBy(() -> leases.claimSession(session, "fr", "tina", null)).isInstanceOf(LeaseHeldException.class);

        clock.now = NOON.plus(Duration.ofMinutes(20));
        assertThat(leases.current(session, null)).isEmpty();
        assertThat(leases.claimSession(session, "fr", "tina", null).holder()).isEqualTo("tina");
    }

    @Test
    void onlyTheHolderReleasesUnlessOverriding() {
        Lease lease = leases.claimSession(session, "fr", "tina", null);
        assertThatThrownBy(() -> leases.release(lease.leaseId(), "theo", false)).isInstanceOf(LeaseHeldException.class);
        assertThatThrownBy(() -> leases.renew(lease.leaseId(), "theo", null)).isInstanceOf(LeaseHeldException.class);
        leases.release(lease.leaseId(), "rita", true);
        assertThat(leases.holders(french)).isEmpty();
        assertThatThrownBy(() -> leases.get(lease.leaseId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesDurationsBeyondTheMaximumAndUnknownSegments() {
        assertThatThrownBy(() -> leases.claimSession(session, "fr", "tina", Duration.ofHours(5)))
                .isInstanceOf(InvalidReviewException.class).hasMessageContaining("at most 240 minutes");
        assertThatThrownBy(() -> leases.claimSegments(List.of(french.get(0), -1L), "tina", null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leases.claimSession(session, "it", "tina", null)).isInstanceOf(NotFoundException.class);
        assertThat(leases.holders(french)).isEmpty();
    }

    /** A clock the test sets. */
    private static final class MovableClock extends Clock {

        Instant now = NOON;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
