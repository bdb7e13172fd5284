package dev.passerelle.publish;

import dev.passerelle.event.Events;
import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A session's progress per language: segment counts per state, publishable or not, published version. */
@Service
public class SessionStatusQuery {

    private final SessionRepository sessions;
    private final PublicationRepository publications;
    private final JdbcClient jdbc;

    SessionStatusQuery(SessionRepository sessions, PublicationRepository publications, JdbcClient jdbc) {
        this.sessions = sessions;
        this.publications = publications;
        this.jdbc = jdbc;
    }

    public SessionStatus status(long eventId, long sessionId) {
        Session session = sessions.get(eventId, sessionId);
        var languages = new LinkedHashMap<String, LanguageStatus>();
        for (String lang : Events.LANGUAGES) {
            Map<String, Long> counts = new TreeMap<>();
            jdbc.sql("select state, count(*) from segment where session_id = ? and target_lang = ? group by state")
                    .params(sessionId, lang)
                    .query(rs -> {
                        counts.put(rs.getString(1), rs.getLong(2));
                    });
            boolean segmented = session.pipelineState() == Session.PipelineState.SEGMENTED;
            boolean publishable = segmented && counts.entrySet().stream()
                    .allMatch(e -> e.getKey().equals("APPROVED") || e.getValue() == 0);
            int published = publications.latest(sessionId, lang).map(PublicationRepository.PublishedVersion::version)
                    .orElse(0);
            languages.put(lang, new LanguageStatus(counts, publishable, published));
        }
        return new SessionStatus(sessionId, session.sourceLang(), session.pipelineState().name(), session.failure(),
                languages);
    }

    public List<PublicationRepository.PublishedVersion> versions(long eventId, long sessionId) {
        sessions.get(eventId, sessionId);
        return publications.versions(sessionId);
    }

    /** Where a session stands in the pipeline and in each language. */
    public record SessionStatus(long sessionId, String sourceLang, String pipelineState, String failure,
                                Map<String, LanguageStatus> languages) {
    }

    /** Segments translated into one language, by state; publishable when all are approved. */
    public record LanguageStatus(Map<String, Long> counts, boolean publishable, int publishedVersion) {
    }
}
