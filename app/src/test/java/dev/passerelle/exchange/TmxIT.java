package dev.passerelle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/** The translation memory in and out as TMX over HTTP; imported pairs serve the pipeline's memory lookups. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TmxIT {

    @LocalServerPort
    int port;

    @Test
    void importedMemoryMergesDuplicatesServesThePipelineAndExportsAgain() {
        ApiClient admin = TestServices.admin(port);
        String word = "Observability " + UUID.randomUUID().toString().substring(0, 6);
        String tmx = """
                <?xml version="1.0"?>
                <tmx version="1.4"><header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t"
                  adminlang="en" srclang="EN-US" datatype="plaintext" creationid="header-author"/>
                <body>
                <tu creationid="carole" changedate="20250101T120000Z"><tuv xml:lang="EN-US"><seg>%1$s</seg></tuv>
                  <tuv xml:lang="FR-FR"><seg>Observabilité %1$s</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>%1$s</seg></tuv><tuv xml:lang="fr-CA"><seg>Observabilité %1$s</seg></tuv></tu>
                <tu><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv><tuv xml:lang="en"><seg>Only English</seg></tuv></tu>
                </body></tmx>""".formatted(word);

        var first = admin.postBytes("/api/tm/tmx", "application/x-tmx+xml", tmx.getBytes(StandardCharsets.UTF_8));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).containsEntry("units", 3).containsEntry("skippedUnits", 1)
                .containsEntry("pairs", 4).containsEntry("added", 2);
        var again = admin.postBytes("/api/tm/tmx", "application/x-tmx+xml", tmx.getBytes(StandardCharsets.UTF_8));
        assertThat(again.getBody()).containsEntry("added", 0).containsEntry("merged", 4);

        String all = export("admin", TestServices.ADMIN_PASSWORD);
        assertThat(all).contains("<seg>Observabilité " + word + "</seg>", "creationid=\"carole\"",
                "changedate=\"20250101T120000Z\"");

        String event = "tmx-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/events", Map.of("slug", event, "name", "TMX", "languages", List.of("en", "fr")));
        long session = ((Number) admin.post("/api/events/" + event + "/sessions", Map.of("title", word,
                "abstract", "Tracing every request is expensive.", "lang", "en")).getBody().get("id")).longValue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(admin.getList("/api/events/" + event + "/segments?lang=fr&session=" + session).getBody())
                        .anySatisfy(s -> assertThat(s).containsEntry("target", "Observabilité " + word)));
    }

    @Test
    void translatorsExportOrganisersImportAndBadFilesAreRefused() {
        ApiClient admin = TestServices.admin(port);
        String name = "tr" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/accounts", Map.of("username", name, "password", "translator-password-1", "role",
                "TRANSLATOR"));
        ApiClient translator = new ApiClient(port, name, "translator-password-1");

        assertThat(export(name, "translator-password-1")).startsWith("<?xml");
        assertThat(translator.postBytes("/api/tm/tmx", "application/xml", "<tmx/>".getBytes(StandardCharsets.UTF_8))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var bomb = admin.postBytes("/api/tm/tmx", "application/xml", ("<!DOCTYPE tmx [<!ENTITY a \"a\">]>"
                + "<tmx version=\"1.4\"><body/></tmx>").getBytes(StandardCharsets.UTF_8));
        assertThat(bomb.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(admin.get("/api/tm/tmx?event=no-such-event").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String export(String user, String password) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/api/tm/tmx")
                .header("Authorization", ApiClient.basic(user, password)).retrieve().body(String.class);
    }
}
