package dev.passerelle.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The glossary API over real HTTP and the real database: editing, import/export, term lookup, roles, bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GlossaryApiIT {

    @LocalServerPort
    int port;

    @Autowired
    SharedGlossarySeed seed;

    ApiClient admin;
    ApiClient translator;
    String event;

    @BeforeEach
    void createEventAndTranslator() {
        admin = TestServices.admin(port);
        event = "glossary-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/events", Map.of("slug", event, "name", "Glossary test", "languages", List.of("en", "fr")));
        admin.post("/api/accounts", Map.of("username", event, "password", "translator-password-42", "role",
                "TRANSLATOR"));
        translator = new ApiClient(port, event, "translator-password-42");
    }

    private String glossary() {
        return "/api/glossaries/" + event;
    }

    private static Map<String, Object> concept(String id, String en, String fr) {
        return Map.of("id", id, "terms", List.of(Map.of("lang", "en", "text", en),
                Map.of("lang", "fr", "text", fr, "status", "PREFERRED")));
    }

    @Test
    void theSharedGlossaryIsSeededOnceAndReadableByTranslators() {
        Map<String, Object> shared = sharedGlossary();
        assertThat((Integer) shared.get("concepts")).isGreaterThanOrEqualTo(80);
        seed.run(null);
        assertThat(sharedGlossary()).containsEntry("version", shared.get("version"));

        var matches = translator.getList("/api/glossaries/shared/matches?text=Qui est d'astreinte ?&lang=fr");
        assertThat(matches.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(matches.getBody()).singleElement().satisfies(hit -> {
            assertThat(hit).containsEntry("concept", "on-call").containsEntry("start", 10).containsEntry("end", 19)
                    .containsEntry("text", "astreinte");
            assertThat(hit.get("preferred")).isEqualTo(Map.of("en", "on-call", "fr", "astreinte"));
        });
    }

    private Map<String, Object> sharedGlossary() {
        assertThat(RestClient.create().get().uri("http://127.0.0.1:" + port + "/api/glossaries")
                .header("Authorization", ApiClient.basic(event, "translator-password-42")).retrieve()
                .onStatus(status -> true, (request, response) -> { }).toEntity(String.class).getBody()).startsWith("[");
        var glossaries = translator.getList("/api/glossaries");
        return glossaries.getBody().stream()
                .filter(g -> g.get("key").equals("shared")).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void organisersEditAnEventGlossaryThatOverridesTheSharedOne() {
        var created = admin.post(glossary() + "/concepts", concept("on-call", "on-call", "permanence"));
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath(glossary() + "/concepts/on-call");
        assertThat(admin.post(glossary() + "/concepts", concept("on-call", "on call", "x")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        var hits = translator.getList(glossary() + "/matches?text=on-call and continuous delivery&lang=en");
        assertThat(hits.getBody()).extracting(h -> (Object) ((Map<?, ?>) h.get("preferred")).get("fr"))
                .containsExactly("permanence", "livraison continue");
        Object checksumBefore = translator.get(glossary() + "/terms?source=en&target=fr").getBody().get("checksum");

        var updated = RestClient.create().put().uri("http://127.0.0.1:" + port + glossary() + "/concepts/on-call")
                .header("Authorization", ApiClient.basic("admin", TestServices.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("terms", List.of(Map.of("lang", "en", "text", "on-call"),
                        Map.of("lang", "fr", "text", "astreinte"), Map.of("lang", "fr", "text", "garde",
                                "status", "FORBIDDEN"))))
                .retrieve().toEntity(ApiClient.JSON);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(translator.get(glossary() + "/concepts/on-call").getBody().get("terms")).asList().hasSize(3);

        var terms = translator.get(glossary() + "/terms?source=en&target=fr").getBody();
        assertThat((List<Object>) terms.get("entries")).contains(Map.of("source", "on-call", "target", "astreinte"));
        assertThat((List<Object>) terms.get("doNotTranslate")).contains("Kubernetes");
        assertThat((String) terms.get("checksum")).hasSize(64)
                .isNotEqualTo(checksumBefore);

        assertThat(delete(glossary() + "/concepts/on-call")).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(translator.get(glossary() + "/concepts/on-call").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete(glossary() + "/concepts/on-call")).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private HttpStatus delete(String path) {
        return HttpStatus.valueOf(RestClient.create().delete().uri("http://127.0.0.1:" + port + path)
                .header("Authorization", ApiClient.basic("admin", TestServices.ADMIN_PASSWORD)).retrieve()
                .onStatus(status -> true, (request, response) -> { })
                .toBodilessEntity().getStatusCode().value());
    }

    @Test
    void onlyOrganisersEdit() {
        assertThat(translator.post(glossary() + "/concepts", concept("x", "x", "x")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(translator.postBytes(glossary() + "/import?format=csv", "text/csv",
                "lang,term\nen,x\n".getBytes(StandardCharsets.UTF_8)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(new ApiClient(port, null, null).get("/api/glossaries/shared/concepts").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(translator.getList(glossary() + "/concepts").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(translator.get("/api/glossaries/no-such-event/concepts").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void importsAndExportsEveryFormatWithoutLoss() {
        byte[] tbx2 = export("shared", "tbx2");
        assertThat(new String(tbx2, StandardCharsets.UTF_8)).contains("<martif");
        var imported = admin.postBytes(glossary() + "/import?format=tbx2", "application/xml", tbx2);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        int concepts = (Integer) imported.getBody().get("concepts");
        assertThat(imported.getBody()).containsEntry("created", concepts).containsEntry("updated", 0);
        var shared = translator.getList("/api/glossaries/shared/concepts").getBody();
        assertThat(translator.getList(glossary() + "/concepts").getBody()).isEqualTo(shared);

        for (String format : List.of("tbx", "tbx-dct", "csv", "tsv")) {
            var again = multipart(glossary() + "/import?format=" + format + "&mode=replace", export(event, format));
            assertThat(again.getStatusCode()).as(format).isEqualTo(HttpStatus.OK);
            assertThat(again.getBody()).as(format).containsEntry("concepts", concepts).containsEntry("created", 0);
            assertThat(translator.getList(glossary() + "/concepts").getBody()).as(format).isEqualTo(shared);
        }
    }

    private byte[] export(String glossary, String format) {
        ResponseEntity<byte[]> response = RestClient.create().get()
                .uri("http://127.0.0.1:" + port + "/api/glossaries/" + glossary + "/export?format=" + format)
                .header("Authorization", ApiClient.basic(event, "translator-password-42"))
                .retrieve().toEntity(byte[].class);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith(
                format.startsWith("tbx") ? ".tbx" : "." + format);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> multipart(String path, byte[] file) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "glossary";
            }
        });
        return RestClient.create().post().uri("http://127.0.0.1:" + port + path)
                .header("Authorization", ApiClient.basic("admin", TestServices.ADMIN_PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(status -> true, (request, response) -> { }).toEntity(ApiClient.JSON);
    }

    @Test
    void badFilesAreRefusedAndNothingIsHalfImported() {
        admin.post(glossary() + "/concepts", concept("kept", "keynote", "keynote"));
        String tooLong = "x".repeat(600);
        assertRefused(glossary() + "/import?format=csv&mode=replace", "concept_id,lang,term\na,en,deploy\nb,en,"
                + tooLong + "\n", HttpStatus.BAD_REQUEST, "longer than 500");
        assertRefused(glossary() + "/import?format=tbx", """
                <?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>&xxe;</body></text></tbx>""",
                HttpStatus.BAD_REQUEST, "DTD");
        assertRefused(glossary() + "/import?format=csv", "lang,term\nen,ok\nen,\n", HttpStatus.BAD_REQUEST, "Row 3");
        assertRefused(glossary() + "/import?format=xlsx", "a", HttpStatus.BAD_REQUEST, "tbx, tbx-dct, tbx2, csv or tsv");
        assertRefused(glossary() + "/import?format=csv&mode=overwrite", "lang,term\nen,a\n", HttpStatus.BAD_REQUEST,
                "merge or replace");
        assertRefused(glossary() + "/import?format=csv", "lang,term\n" + "en,term\n".repeat(400_000),
                HttpStatus.CONTENT_TOO_LARGE, "bytes");
        assertThat(translator.getList(glossary() + "/concepts").getBody()).extracting(c -> c.get("id"))
                .containsExactly("kept");
        assertThat(admin.get(glossary() + "/matches?text=&lang=en").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.post(glossary() + "/concepts", Map.of("id", "empty", "terms", List.of())).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void assertRefused(String path, String body, HttpStatus status, String detail) {
        var response = admin.postBytes(path, "text/plain", body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.getStatusCode()).as(path).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat((String) response.getBody().get("detail")).as(path).contains(detail);
    }
}
