package dev.passerelle.program;

import dev.passerelle.search.MarkdownText;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A session as one language's program shows it. {@code shownLang} is the page's language, or the original where
 * the session is not yet approved in it ({@code untranslated}); {@code translated} says the text shown is a
 * translation from {@code originalLang}. Times are in the program's time zone; absent when not yet scheduled.
 */
public record ProgramSession(long id, String title, String abstractMarkdown, String kind, String shownLang,
                             String originalLang, boolean translated, boolean untranslated, List<String> speakers,
                             String track, String room, ZonedDateTime start, ZonedDateTime end) {

    /** Sessions without an end are shown with this length. */
    static final Duration DEFAULT_LENGTH = Duration.ofMinutes(30);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public boolean scheduled() {
        return start != null;
    }

    public String abstractHtml() {
        return MarkdownText.html(abstractMarkdown);
    }

    /** "10:00–10:40", or empty when unscheduled. */
    public String time() {
        return start == null ? "" : HH_MM.format(start) + "–" + HH_MM.format(endOrDefault());
    }

    public ZonedDateTime endOrDefault() {
        return end != null ? end : start.plus(DEFAULT_LENGTH);
    }
}
