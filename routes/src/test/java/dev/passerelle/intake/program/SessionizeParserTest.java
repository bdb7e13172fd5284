package dev.passerelle.intake.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionizeParserTest {

    @Test
    void resolvesSpeakersRoomsAndCategoriesAndLeavesOutServiceSessions() {
        List<ProgramItem> items = new SessionizeParser().parse(Programs.bytes("sessionize_all.json"));

        assertThat(items).extracting(ProgramItem::externalId).containsExactly("412001", "412002");
        ProgramItem talk = items.getFirst();
        assertThat(talk.speakers()).containsExactly("Alice Martin");
        assertThat(talk.room()).isEqualTo("Grand Amphi");
        assertThat(talk.lang()).isEqualTo("English");
        assertThat(talk.kind()).isEqualTo("talk");
        assertThat(talk.extra()).containsEntry("categories", Map.of("Level", List.of("Intermediate")))
                .containsEntry("status", "Accepted");
        assertThat(items.get(1).kind()).isEqualTo("ignite");
        assertThat(items.get(1).lang()).isEqualTo("French");
    }
}
