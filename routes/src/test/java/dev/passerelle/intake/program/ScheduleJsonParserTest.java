package dev.passerelle.intake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleJsonParserTest {

    private final ScheduleJsonParser parser = new ScheduleJsonParser();

    @Test
    void readsEveryEventOfARealPretalxExport() {
        List<ProgramItem> items = parser.parse(Programs.bytes("pretalx_rc3-channels-2020_schedule.json"));

        assertThat(items).hasSize(48);
        assertThat(items).extracting(ProgramItem::externalId).doesNotHaveDuplicates();
        ProgramItem gluon = items.stream().filter(i -> i.externalId().equals("c3642671-4c1f-5109-81ba-0535c1cc8428"))
                .findFirst().orElseThrow();
        assertThat(gluon.title()).isEqualTo("Der faule Admin automatisiert: Gluon auf echter Hardware testen");
        assertThat(gluon.lang()).isEqualTo("de");
        assertThat(gluon.kind()).isEqualTo("talk");
        assertThat(gluon.speakers()).containsExactly("Chris Fiege", "Kasa");
        assertThat(gluon.room()).isEqualTo("r3s - Monheim/Rhein");
        assertThat(gluon.track()).isEqualTo("MON r3s Rhein VHS");
        assertThat(gluon.start()).isEqualTo(OffsetDateTime.parse("2020-12-27T11:30:00+01:00"));
        assertThat(gluon.end()).isEqualTo(OffsetDateTime.parse("2020-12-27T12:10:00+01:00"));
        // abstract, then the longer description
        assertThat(gluon.abstractText()).startsWith("Eine wichtige Komponente von Freifunk")
                .contains("In diesem Talk stellen wir die Architektur");
        assertThat(gluon.extra()).containsKeys("slug", "url", "answers", "do_not_record")
                .doesNotContainKeys("title", "persons");
        assertThat(items).extracting(ProgramItem::kind).contains("workshop", "ignite");
    }

    @Test
    void refusesJsonThatIsNotASchedule() {
        assertThatThrownBy(() -> parser.parse("{\"sessions\": []}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("schedule.conference.days");
        assertThatThrownBy(() -> parser.parse("{\"schedule\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("not valid JSON");
    }
}
