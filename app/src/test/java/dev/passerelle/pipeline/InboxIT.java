package dev.passerelle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Files dropped in the inbox become sessions; rejected files land in .failed/ with their reason. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InboxIT {

    static Path inbox;

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) throws IOException {
        inbox = Files.createTempDirectory("passerelle-inbox");
        registry.add("passerelle.intake.inbox", inbox::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void ingestsGoodFilesAndExplainsBadOnes() throws IOException {
        var admin = new ApiClient(port, "admin", TestServices.ADMIN_PASSWORD);
        String event = "inbox-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/events", Map.of("slug", event, "name", "Inbox", "languages", List.of("en", "fr")));
        Path folder = Files.createDirectories(inbox.resolve(event));
        Files.writeString(folder.resolve("ignite.md"), """
                ---
                title: Déployer le vendredi
                lang: fr
                kind: ignite
                speakers: [Karim Benali]
                ---
                On nous répète qu'il ne faut jamais déployer le vendredi.
                """);
        Files.writeString(folder.resolve("broken.md"), "no front matter here");
        Path unknownEvent = Files.createDirectories(inbox.resolve("no-such-event"));
        Files.writeString(unknownEvent.resolve("talk.txt"), "---\ntitle: T\nlang: en\n---\nBody.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(folder.resolve(".done/ignite.md")).exists();
            assertThat(folder.resolve(".failed/broken.md")).exists();
            assertThat(unknownEvent.resolve(".failed/talk.txt")).exists();
        });
        assertThat(Files.readString(folder.resolve(".failed/broken.md.error.txt"))).contains("front matter");
        assertThat(Files.readString(unknownEvent.resolve(".failed/talk.txt.error.txt"))).contains("no-such-event");
        assertThat(admin.getList("/api/events/" + event + "/sessions").getBody()).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("title", "Déployer le vendredi")
                        .containsEntry("externalId", "inbox:ignite.md").containsEntry("kind", "ignite"));
    }
}
