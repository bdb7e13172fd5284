package dev.passerelle.workbench;

import dev.passerelle.segment.SegmentState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An event's progress in one round trip per question: segment counts per session, language and state, the events
 * to choose from, and the characters the MT providers billed so far.
 */
@Repository
class ProgressQuery {

    private final JdbcClient jdbc;

    ProgressQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EventChoice> events() {
        return jdbc.sql("select slug, name from event order by name, slug")
                .query((rs, n) -> new EventChoice(rs.getString(1), rs.getString(2))).list();
    }

    /** Every session of the event with its counts per target language (sessions without segments included). */
    List<SessionProgress> sessions(String event) {
        var bySession = new LinkedHashMap<Long, SessionProgress>();
        jdbc.sql("""
                        select se.id, se.title, se.source_lang, se.pipeline_state, se.failure
                        from session se join event e on e.id = se.event_id where e.slug = ?
                        order by se.starts_at, se.id""")
                .param(event)
                .query(rs -> {
                    bySession.put(rs.getLong(1), new SessionProgress(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), new LinkedHashMap<>(), new LinkedHashMap<>()));
                });
        jdbc.sql("""
                        select s.session_id, s.target_lang, s.state, count(*), count(s.failure)
                        from segment s join session se on se.id = s.session_id join event e on e.id = se.event_id
                        where e.slug = ? group by s.session_id, s.target_lang, s.state""")
                .param(event)
                .query(rs -> {
                    SessionProgress session = bySession.get(rs.getLong(1));
                    if (session != null) {
                        session.languages().computeIfAbsent(rs.getString(2), LanguageProgress::new)
                                .add(SegmentState.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5));
                    }
                });
        jdbc.sql("""
                        select p.session_id, p.lang, p.current_version, p.pending from publication p
                        join session se on se.id = p.session_id join event e on e.id = se.event_id where e.slug = ?""")
                .param(event)
                .query(rs -> {
                    SessionProgress session = bySession.get(rs.getLong(1));
                    if (session != null) {
                        session.publications().put(rs.getString(2),
                                new Publication(rs.getInt(3), rs.getBoolean(4)));
                    }
                });
        return new ArrayList<>(bySession.values());
    }

    /** Characters the MT providers billed for the event so far, from their cost ledger (cache hits cost nothing). */
    long billedCharacters(String event) {
        return jdbc.sql("""
                        select coalesce(sum(c.characters_billed), 0) from mt_cost c
                        join event e on e.id = c.event_id where e.slug = ?""")
                .param(event).query(Long.class).single();
    }

    /** The same, per provider (by provider name), for the providers that billed anything. */
    Map<String, Long> billedByProvider(String event) {
        Map<String, Long> billed = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.provider, sum(c.characters_billed) from mt_cost c join event e on e.id = c.event_id
                        where e.slug = ? group by c.provider having sum(c.characters_billed) > 0 order by c.provider""")
                .param(event).query((rs, row) -> billed.put(rs.getString(1), rs.getLong(2))).list();
        return billed;
    }

    public record EventChoice(String slug, String name) {
    }

    /** A session's segment counts per target language, and whether its intake failed. */
    public record SessionProgress(long id, String title, String sourceLang, String pipelineState, String failure,
                           Map<String, LanguageProgress> languages, Map<String, Publication> publications) {

        public boolean segmented() {
            return "SEGMENTED".equals(pipelineState);
        }

        /** Counts for a language; a session not translated into it (its own language) counts as complete. */
        public LanguageProgress language(String lang) {
            return languages.getOrDefault(lang, new LanguageProgress(lang));
        }

        /** Publishable when segmented and every segment translated into the language is approved. */
        public boolean publishable(String lang) {
            return segmented() && language(lang).complete();
        }

        public Publication publication(String lang) {
            return publications.getOrDefault(lang, new Publication(0, false));
        }
    }

    /** The version published in a language (0: none yet), and whether a new one is on its way. */
    public record Publication(int version, boolean pending) {
    }

    /** Counts of one session's segments in one target language. */
    public static final class LanguageProgress {

        private final String lang;
        private final Map<SegmentState, Long> counts = new java.util.EnumMap<>(SegmentState.class);
        private long failed;

        LanguageProgress(String lang) {
            this.lang = lang;
        }

        void add(SegmentState state, long count, long failedCount) {
            counts.merge(state, count, Long::sum);
            failed += failedCount;
        }

        public String lang() {
            return lang;
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(SegmentState state) {
            return counts.getOrDefault(state, 0L);
        }

        public long approved() {
            return count(SegmentState.APPROVED);
        }

        public long rejected() {
            return count(SegmentState.REJECTED);
        }

        public long inReview() {
            return count(SegmentState.IN_REVIEW);
        }

        /** Segments still with the pipeline (not yet translated or queued). */
        public long inPipeline() {
            return total() - approved() - rejected() - inReview();
        }

        public long failed() {
            return failed;
        }

        /** Approved share, 0–100, for the progress bar. */
        public int percent() {
            return total() == 0 ? 100 : (int) (approved() * 100 / total());
        }

        public boolean complete() {
            return approved() == total();
        }
    }
}
