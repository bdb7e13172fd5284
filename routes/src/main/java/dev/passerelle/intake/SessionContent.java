package dev.passerelle.intake;

import java.time.OffsetDateTime;
import java.util.List;

/** A validated submission: every field checked, text normalised (NFC, LF line ends). */
public record SessionContent(SessionKind kind, String lang, String title, String abstractText, List<String> speakers,
                             String track, String room, OffsetDateTime start, OffsetDateTime end) {

    /** Whether storing this over {@code stored} changes anything. */
    public boolean differsFrom(Session stored) {
        return !(kind == stored.kind() && lang.equals(stored.sourceLang()) && title.equals(stored.title())
                && abstractText.equals(stored.abstractText()) && speakers.equals(stored.speakers())
                && java.util.Objects.equals(track, stored.track()) && java.util.Objects.equals(room, stored.room())
                && sameInstant(start, stored.start()) && sameInstant(end, stored.end()));
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.toInstant().equals(b.toInstant());
    }
}
