package dev.passerelle.review;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each event's approval policy per target language (table review_policy); unset: {@code passerelle.review.default-policy}. */
@Service
public class ReviewPolicies {

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final ReviewPolicy defaultPolicy;

    ReviewPolicies(JdbcClient jdbc, EventRepository events,
                   @Value("${passerelle.review.default-policy:SELF_REVIEW}") ReviewPolicy defaultPolicy) {
        this.jdbc = jdbc;
        this.events = events;
        this.defaultPolicy = defaultPolicy;
    }

    /** The policy of every language of the event. */
    public Map<String, ReviewPolicy> of(String event) {
        Event found = events.get(event);
        Map<String, ReviewPolicy> policies = new LinkedHashMap<>();
        found.languages().forEach(lang -> policies.put(lang, defaultPolicy));
        jdbc.sql("select lang, policy from review_policy where event_id = ?").param(found.id())
                .query((rs, n) -> Map.entry(rs.getString(1), ReviewPolicy.valueOf(rs.getString(2))))
                .list().forEach(entry -> policies.put(entry.getKey(), entry.getValue()));
        return policies;
    }

    @Transactional
    public Map<String, ReviewPolicy> set(String event, String lang, ReviewPolicy policy) {
        Event found = events.get(event);
        if (!found.languages().contains(lang)) {
            throw new InvalidReviewException("lang", "the event " + event + " has no language '" + lang + "'");
        }
        jdbc.sql("delete from review_policy where event_id = ? and lang = ?").params(found.id(), lang).update();
        jdbc.sql("insert into review_policy (event_id, lang, policy) values (?, ?, ?)")
                .params(found.id(), lang, policy.name()).update();
        return of(event);
    }

    /** The policy for approving a segment of this session into this language. */
    public ReviewPolicy forSession(long sessionId, String lang) {
        return jdbc.sql("""
                        select p.policy from review_policy p join session se on se.event_id = p.event_id
                        where se.id = ? and p.lang = ?""")
                .params(sessionId, lang).query(String.class).optional()
                .map(ReviewPolicy::valueOf).orElse(defaultPolicy);
    }
}
