package dev.passerelle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator();

    @Test
    void normalisesAValidSubmission() {
        SessionContent content = validator.validate(submission(" Title ", "Line one\r\nLine two ", "FR", "Open space"));
        assertThat(content.title()).isEqualTo("Title");
        assertThat(content.abstractText()).isEqualTo("Line one\nLine two");
        assertThat(content.lang()).isEqualTo("fr");
        assertThat(content.kind()).isEqualTo(SessionKind.OPEN_SPACE);
    }

    @Test
    void defaultsTheKindToTalk() {
        assertThat(validator.validate(submission("T", "A", "en", null)).kind()).isEqualTo(SessionKind.TALK);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "'', abstract, en, talk, title",
            "title, '   ', en, talk, abstract",
            "title, abstract, de, talk, lang",
            "title, abstract, null, talk, lang",
            "title, abstract, en, lecture, kind"})
    void namesTheFieldThatIsWrong(String title, String abstractText, String lang, String kind, String field) {
        assertThatThrownBy(() -> validator.validate(submission(title, abstractText, lang, kind)))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void refusesReplacementCharactersFromBadDecoding() {
        assertThatThrownBy(() -> validator.validate(submission("T", "caf\uFFFD", "fr", null)))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        var start = OffsetDateTime.parse("2026-06-11T10:00:00Z");
        var s = new SessionSubmission(null, "T", "A", "en", null, List.of(), null, null, start, start.minusHours(1));
        assertThatThrownBy(() -> validator.validate(s)).hasMessageContaining("end");
    }

    @Test
    void refusesAMultiLineTitle() {
        assertThatThrownBy(() -> validator.validate(submission("One\nTwo", "A", "en", null)))
                .hasMessageContaining("single line");
    }

    private static SessionSubmission submission(String title, String abstractText, String lang, String kind) {
        return new SessionSubmission(null, title, abstractText, lang, kind, List.of("Ann"), null, null, null, null);
    }
}
