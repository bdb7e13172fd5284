package dev.passerelle.intake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvProgramParserTest {

    private final CsvProgramParser parser = new CsvProgramParser();

    @Test
    void readsASemicolonSpreadsheetExportWithFrenchHeaders() {
        List<ProgramItem> items = parser.parse(Programs.bytes("program.csv"));

        assertThat(items).hasSize(2);
        ProgramItem talk = items.getFirst();
        assertThat(talk.externalId()).isEqualTo("T-1");
        assertThat(talk.title()).isEqualTo("Observability without the bill");
        assertThat(talk.lang()).isEqualTo("English");
        assertThat(talk.speakers()).containsExactly("Alice Martin", "Bob Leroy");
        assertThat(talk.room()).isEqualTo("Grand Amphi");
        assertThat(talk.end()).isEqualTo(OffsetDateTime.parse("2026-06-12T10:10:00+02:00"));
        assertThat(talk.extra()).containsEntry("Level", "Intermediate");
        ProgramItem ignite = items.get(1);
        assertThat(ignite.abstractText()).contains("vendredi; et si");
        assertThat(ignite.lang()).isNull();
        assertThat(ignite.kind()).isEqualTo("ignite");
    }

    @Test
    void readsCommaSeparatedWithADurationColumn() {
        String csv = "id,title,abstract,speakers,start,duration\n"
                + "a,Talk,\"One, two.\",Ann|Bo,2026-06-12T09:00:00Z,00:45\n";
        ProgramItem item = parser.parse(csv.getBytes(StandardCharsets.UTF_8)).getFirst();
        assertThat(item.abstractText()).isEqualTo("One, two.");
        assertThat(item.speakers()).containsExactly("Ann", "Bo");
        assertThat(item.end()).isEqualTo(OffsetDateTime.parse("2026-06-12T09:45:00Z"));
    }

    @Test
    void refusesAFileWithoutIdColumnSoReimportsCannotDuplicate() {
        assertThatThrownBy(() -> parser.parse("title,abstract\nT,A.\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("id column");
    }
}
