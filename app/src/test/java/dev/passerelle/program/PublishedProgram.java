package dev.passerelle.program;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionContent;
import dev.passerelle.intake.SessionKind;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.publish.Publisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small published program for page and browser tests, stored as the publisher leaves it (published versions,
 * indexed) without going through review: an English talk translated into French, a French ignite not yet
 * translated, and an English talk translated into French on the second day.
 */
final class PublishedProgram {

    final String event = "prog-" + UUID.randomUUID().toString().substring(0, 8);
    final long talk;
    final long ignite;
    final long observability;

    private final SessionRepository sessions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Publisher publisher;

    PublishedProgram(Events events, SessionRepository sessions, JdbcClient jdbc, TransactionTemplate transaction,
                     Publisher publisher, ElasticsearchClient elasticsearch) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.publisher = publisher;
        long eventId = events.create(new NewEvent(event, "DevOps Paris", List.of("en", "fr"), null, null)).id();
        talk = session(eventId, SessionKind.TALK, "en", "Continuous deployment without fear",
                "We ship **small changes** many times a day, each one reversible.", "Alice Martin", "Delivery",
                "Salle Turing", "2026-06-11T10:00:00+02:00", "2026-06-11T10:40:00+02:00");
        publish(talk, "en", "Continuous deployment without fear",
                "We ship **small changes** many times a day, each one reversible.", false);
        publish(talk, "fr", "Déploiement continu sans peur",
                "Nous livrons de **petits changements** plusieurs fois par jour, chacun réversible.", true);
        ignite = session(eventId, SessionKind.IGNITE, "fr", "Mon astreinte en cinq minutes",
                "Il est trois heures du matin et le téléphone sonne.", "Bruno Petit", "Culture", "Salle Lovelace",
                "2026-06-11T14:00:00+02:00", null);
        publish(ignite, "fr", "Mon astreinte en cinq minutes", "Il est trois heures du matin et le téléphone sonne.",
                false);
        observability = session(eventId, SessionKind.TALK, "en", "Observability beyond dashboards",
                "Traces and structured logs answer the questions dashboards cannot.", "Élodie Garnier", "Operations",
                "Salle Turing", "2026-06-12T09:30:00+02:00", "2026-06-12T10:15:00+02:00");
        publish(observability, "en", "Observability beyond dashboards",
                "Traces and structured logs answer the questions dashboards cannot.", false);
        publish(observability, "fr", "L'observabilité au-delà des tableaux de bord",
                "Les traces et les journaux structurés répondent aux questions des tableaux de bord.", true);
        try {
            // Every index: the test context may search under an alias of its own.
            elasticsearch.indices().refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored already segmented, in one transaction: the pipeline never sees it as new work. */
    private long session(long eventId, SessionKind kind, String lang, String title, String abstractText,
                         String speaker, String track, String room, String start, String end) {
        return transaction.execute(status -> {
            long id = sessions.insert(eventId, "ext-" + title.hashCode(), new SessionContent(kind, lang, title,
                    abstractText, List.of(speaker), track, room, OffsetDateTime.parse(start),
                    end == null ? null : OffsetDateTime.parse(end)), Instant.now());
            sessions.setState(id, Session.PipelineState.SEGMENTED, null, Instant.now());
            return id;
        });
    }

    private void publish(long session, String lang, String title, String abstractText, boolean translated) {
        jdbc.sql("insert into publication (session_id, lang, pending, current_version) values (?, ?, false, 1)")
                .params(session, lang).update();
        jdbc.sql("insert into published_version (session_id, lang, version, title, abstract, translated, "
                        + "published_at) values (?, ?, 1, ?, ?, ?, ?)")
                .params(session, lang, title, abstractText, translated, Timestamp.from(Instant.now())).update();
        publisher.sync(session);
    }
}
