package dev.passerelle.intake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

class ScheduleXmlParserTest {

    private final ScheduleXmlParser parser = new ScheduleXmlParser();

    @Test
    void testFileIsAValidScheduleXml() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/programs/c3voc_schedule.xml.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(Programs.bytes("schedule.xml"))));
    }

    @Test
    void mapsEventsAndKeepsUnmappedElements() {
        List<ProgramItem> items = parser.parse(Programs.bytes("schedule.xml"));

        assertThat(items).extracting(ProgramItem::externalId).containsExactly(
                "5d9c3f2e-7a1b-5c4d-9e8f-0a1b2c3d4e01", "5d9c3f2e-7a1b-5c4d-9e8f-0a1b2c3d4e02");
        ProgramItem talk = items.getFirst();
        assertThat(talk.title()).isEqualTo("Observability without the bill");
        assertThat(talk.abstractText()).isEqualTo(
                "Tracing every request is expensive. We show how sampling keeps the signal.\n\nBring your own dashboards.");
        assertThat(talk.speakers()).containsExactly("Alice Martin", "Bob Leroy");
        assertThat(talk.lang()).isEqualTo("en");
        assertThat(talk.end()).isEqualTo(OffsetDateTime.parse("2026-06-12T10:10:00+02:00"));
        assertThat(talk.extra()).containsEntry("slug", "devops-paris-101-observability")
                .containsEntry("links", List.of("Slides <https://example.org/slides>"));
        ProgramItem ignite = items.get(1);
        assertThat(ignite.kind()).isEqualTo("ignite");
        assertThat(ignite.lang()).isNull();
        assertThat(ignite.room()).isEqualTo("Salle Turing");
    }

    @Test
    void refusesDoctypesSoNoEntityIsEverExpanded() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <schedule><day><room name="r"><event guid="g"><title>&x;</title></event></room></day></schedule>""";
        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesOtherXml() {
        assertThatThrownBy(() -> parser.parse("<xliff/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("<schedule>");
        assertThatThrownBy(() -> parser.parse("<schedule><day>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("well-formed");
    }
}
