package dev.passerelle.review;

import dev.passerelle.NotFoundException;
import dev.passerelle.segmentation.InlineCodes;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions: anyone who may not (or should not) change a segment proposes a target; a reviewer sees them side by
 * side and accepts one, which becomes the target (a change in the history) and supersedes the others.
 */
@Service
public class Suggestions {

    private final JdbcClient jdbc;
    private final SegmentRepository segments;
    private final ReviewDecisions decisions;
    private final Clock clock;

    Suggestions(JdbcClient jdbc, SegmentRepository segments, ReviewDecisions decisions, Clock clock) {
        this.jdbc = jdbc;
        this.segments = segments;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Every suggestion of the segment, oldest first. */
    public List<Suggestion> of(long segmentId) {
        segments.get(segmentId);
        return jdbc.sql("select * from suggestion where segment_id = ? order by id").param(segmentId)
                .query(Suggestions::map).list();
    }

    @Transactional
    public Suggestion submit(long segmentId, String target, String comment, String person) {
        Segment segment = segments.get(segmentId);
        if (target == null || target.isBlank()) {
            throw new InvalidReviewException("target", "a suggestion needs a translation");
        }
        InlineCodes.check(segment.index(), segment.source(), target);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into suggestion (segment_id, author, target, comment, created_at, status)
                        values (?, ?, ?, ?, ?, 'OPEN')""")
                .params(segmentId, person, target, comment == null || comment.isBlank() ? null : comment.strip(),
                        Timestamp.from(clock.instant()))
                .update(keys, "id");
        return get(segmentId, keys.getKey().longValue());
    }

    /** The suggestion becomes the segment's target (authored by its author); the segment's other open ones are superseded. */
    @Transactional
    public Segment accept(long segmentId, long suggestionId, long expectedVersion, String person) {
        Suggestion suggestion = get(segmentId, suggestionId);
        Segment segment = decisions.current(segmentId, expectedVersion, suggestion.target());
        if (!Suggestion.OPEN.equals(suggestion.status())) {
            throw new InvalidReviewException("suggestion", "suggestion " + suggestionId + " is already "
                    + suggestion.status().toLowerCase(Locale.ROOT));
        }
        Segment changed = decisions.changeTarget(segment, suggestion.target(), suggestion.author(), person,
                "accepted suggestion " + suggestionId + " by " + suggestion.author());
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update suggestion set status = case when id = ? then 'ACCEPTED' else 'SUPERSEDED' end, "
                        + "decided_by = ?, decided_at = ? where segment_id = ? and status = 'OPEN'")
                .params(suggestionId, person, now, segmentId).update();
        return changed;
    }

    private Suggestion get(long segmentId, long suggestionId) {
        return jdbc.sql("select * from suggestion where segment_id = ? and id = ?").params(segmentId, suggestionId)
                .query(Suggestions::map).optional()
                .orElseThrow(() -> new NotFoundException("suggestion of segment " + segmentId, suggestionId));
    }

    private static Suggestion map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Suggestion(rs.getLong("id"), rs.getLong("segment_id"), rs.getString("author"),
                rs.getString("target"), rs.getString("comment"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("status"), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
    }
}
