package dev.passerelle.intake.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PretalxApiParserTest {

    private final PretalxApiParser parser = new PretalxApiParser();

    @Test
    void readsMultilingualFieldsInTheTalksContentLocale() {
        List<ProgramItem> items = parser.parse(Programs.bytes("pretalx_talks.json"));

        assertThat(items).extracting(ProgramItem::externalId).containsExactly("QKZ9AB", "ZZ81XY", "DE77AA");
        ProgramItem talk = items.getFirst();
        assertThat(talk.title()).isEqualTo("Observability without the bill");
        assertThat(talk.lang()).isEqualTo("en");
        assertThat(talk.track()).isEqualTo("Operations");
        assertThat(talk.room()).isEqualTo("Grand Amphi");
        assertThat(talk.kind()).isEqualTo("talk");
        assertThat(talk.speakers()).containsExactly("Alice Martin");
        assertThat(talk.extra()).containsEntry("title_translations",
                Map.of("en", "Observability without the bill", "fr", "L'observabilité sans la facture"))
                .containsEntry("tags", List.of("tracing")).containsEntry("state", "confirmed");
        ProgramItem ignite = items.get(1);
        assertThat(ignite.kind()).isEqualTo("ignite");
        assertThat(ignite.lang()).isEqualTo("fr");
        assertThat(ignite.room()).isEqualTo("Salle Turing");
        assertThat(items.get(2).start()).isNull();
        assertThat(items.get(2).kind()).isEqualTo("workshop");
    }

    @Test
    void acceptsASingleTalkOrAnArray() {
        String talk = "{\"code\":\"A1\",\"title\":\"T\",\"abstract\":\"A.\",\"content_locale\":\"en\"}";
        assertThat(parser.parse(talk.getBytes(StandardCharsets.UTF_8))).singleElement()
                .extracting(ProgramItem::externalId).isEqualTo("A1");
        assertThat(parser.parse(("[" + talk + "]").getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }
}
