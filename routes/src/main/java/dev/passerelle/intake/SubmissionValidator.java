package dev.passerelle.intake;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Turns a submission into {@link SessionContent}, or says which field is wrong and why. */
@Component
class SubmissionValidator {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "mixed");
    private static final int MAX_TITLE = 300;
    private static final int MAX_TEXT = 200_000;
    private static final int MAX_SPEAKERS = 30;
    // Control characters other than tab and line breaks never belong in a talk's text.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    SessionContent validate(SessionSubmission submission) {
        String title = text("title", submission.title(), MAX_TITLE);
        if (title.contains("\n")) {
            throw new InvalidSubmissionException("title", "must be a single line");
        }
        String abstractText = text("abstract", submission.abstractText(), MAX_TEXT);
        String lang = submission.lang() == null ? null : submission.lang().strip().toLowerCase(java.util.Locale.ROOT);
        if (lang == null || lang.isEmpty()) {
            throw new InvalidSubmissionException("lang", "is required: en, fr or mixed");
        }
        if (!LANGUAGES.contains(lang)) {
            throw new InvalidSubmissionException("lang", "must be en, fr or mixed, not '" + submission.lang() + "'");
        }
        SessionKind kind = submission.kind() == null || submission.kind().isBlank()
                ? SessionKind.TALK : SessionKind.fromId(submission.kind());
        List<String> speakers = submission.speakers() == null ? List.of()
                : submission.speakers().stream().map(s -> text("speakers", s, 200)).toList();
        if (speakers.size() > MAX_SPEAKERS) {
            throw new InvalidSubmissionException("speakers", "at most " + MAX_SPEAKERS + " speakers");
        }
        if (submission.start() != null && submission.end() != null && !submission.end().isAfter(submission.start())) {
            throw new InvalidSubmissionException("end", "must be after start");
        }
        return new SessionContent(kind, lang, title, abstractText, speakers,
                optional("track", submission.track()), optional("room", submission.room()), submission.start(),
                submission.end());
    }

    private static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : text(field, value, 200);
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidSubmissionException(field, "must not be empty");
        }
        if (value.indexOf('\uFFFD') >= 0) {
            throw new InvalidSubmissionException(field, "contains invalid characters (is the file UTF-8?)");
        }
        if (CONTROL.matcher(value).find()) {
            throw new InvalidSubmissionException(field, "contains control characters");
        }
        String normalised = Normalizer.normalize(value.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC)
                .strip();
        if (normalised.length() > maxLength) {
            throw new InvalidSubmissionException(field, "is " + normalised.length() + " characters long; at most "
                    + maxLength);
        }
        return normalised;
    }
}
