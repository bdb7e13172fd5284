package dev.passerelle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MarkdownSubmissionParserTest {

    private final MarkdownSubmissionParser parser = new MarkdownSubmissionParser();

    @Test
    void readsFrontMatterAndBody() {
        SessionSubmission s = parse("""
                ---
                title: Déployer le vendredi
                lang: fr
                kind: ignite
                speakers: [Karim Benali, Élodie Garnier]
                track: Delivery
                start: 2026-06-11T17:05:00+02:00
                ---
                On nous répète qu'il ne faut **jamais** déployer le vendredi.
                """);
        assertThat(s.title()).isEqualTo("Déployer le vendredi");
        assertThat(s.lang()).isEqualTo("fr");
        assertThat(s.kind()).isEqualTo("ignite");
        assertThat(s.speakers()).containsExactly("Karim Benali", "Élodie Garnier");
        assertThat(s.track()).isEqualTo("Delivery");
        assertThat(s.start()).isEqualTo(OffsetDateTime.parse("2026-06-11T17:05:00+02:00"));
        assertThat(s.abstractText()).isEqualTo("On nous répète qu'il ne faut **jamais** déployer le vendredi.\n");
        assertThat(s.externalId()).isEqualTo("fallback");
    }

    @Test
    void takesTheIdFromFrontMatterAndSpeakersAsCommaList() {
        SessionSubmission s = parse("---\nid: talk-42\ntitle: T\nlang: en\nspeakers: Ann, Bob\n---\nBody.\r\n");
        assertThat(s.externalId()).isEqualTo("talk-42");
        assertThat(s.speakers()).containsExactly("Ann", "Bob");
        assertThat(s.abstractText()).isEqualTo("Body.\n");
    }

    @Test
    void refusesAFileWithoutFrontMatter() {
        assertThatThrownBy(() -> parse("Just a body.")).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("front matter");
    }

    @Test
    void refusesUnclosedFrontMatter() {
        assertThatThrownBy(() -> parse("---\ntitle: T\nlang: en\nBody")).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("no closing");
    }

    @Test
    void refusesMalformedYaml() {
        assertThatThrownBy(() -> parse("---\ntitle: [unclosed\nlang: en\n---\nBody"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] latin1 = "---\ntitle: Déployer\nlang: fr\n---\nCorps".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse(latin1, "x")).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesAnUnreadableStartTime() {
        assertThatThrownBy(() -> parse("---\ntitle: T\nlang: en\nstart: tomorrow\n---\nBody"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("start");
    }

    private SessionSubmission parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), "fallback");
    }
}
