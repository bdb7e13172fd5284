package dev.passerelle.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workbench in a real browser, against the real database and Elasticsearch: a translator translates a session
 * with the keyboard, a reviewer rejects and approves, the organiser publishes, and attendees find the translation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbenchBrowserIT {

    private static final String PASSWORD = "a long enough passphrase 42";

    @LocalServerPort
    int port;

    ApiClient admin;
    Browser browser;
    String event;
    String translator;
    String reviewer;

    @BeforeEach
    void eventAndPeople() {
        admin = TestServices.admin(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        event = "wb-" + suffix;
        translator = "tina-" + suffix;
        reviewer = "remi-" + suffix;
        assertThat(admin.post("/api/events", Map.of("slug", event, "name", "Workbench " + suffix,
                "languages", List.of("en", "fr"))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        for (var person : Map.of(translator, "TRANSLATOR", reviewer, "REVIEWER").entrySet()) {
            assertThat(admin.post("/api/accounts", Map.of("username", person.getKey(), "password", PASSWORD,
                    "role", person.getValue())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSessionGoesFromTranslatorToReviewerToOrganiserToAttendees() {
        long session = submit(Map.of("title", "Deploy **every** day",
                "abstract", "We ship small changes. Rollbacks take one command!", "lang", "en"));
        List<Map<String, Object>> queued = awaitSegments(session, 3, "IN_REVIEW");
        long first = id(queued.get(0));
        long second = id(queued.get(1));
        long third = id(queued.get(2));
        assertThat(queued.get(0)).containsEntry("source", "Deploy <g1>every</g1> day");

        // The translator claims the session, then works with the keyboard only: the editor focuses the
        // translation (Ctrl+A replaces whatever the TM proposed); Alt+I inserts the next inline code, Ctrl+Enter
        // saves and moves on.
        browser.signIn(translator, PASSWORD);
        browser.open("/workbench/segments/" + first);
        browser.find("#claim").click();
        browser.awaitPage("/workbench/segments/" + first);
        assertThat(browser.text("#lease-holder")).startsWith("You hold this session until");
        assertThat(admin.getList("/api/leases?session=" + session + "&lang=fr").getBody())
                .singleElement().satisfies(lease -> assertThat(lease).containsEntry("holder", translator));
        assertThat(browser.find("#source .wb-chip").getAttribute("aria-label")).isEqualTo("inline code 1, opening");
        browser.type(Keys.chord(Keys.CONTROL, "a"), "Déployez ", alt("i"), "chaque", alt("i"), " jour");
        browser.type(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitPage("/workbench/segments/" + second);
        browser.type(alt("c"));
        assertThat(browser.find("#target").getAttribute("value")).isEqualTo("We ship small changes.");
        browser.type(Keys.chord(Keys.CONTROL, "a"), "Nous livrons de petits changements.",
                Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitPage("/workbench/segments/" + third);
        browser.type(Keys.chord(Keys.CONTROL, "a"), "Un retour arrière prend une commande !",
                Keys.chord(Keys.CONTROL, "s"));
        browser.awaitPage("/workbench/segments/" + third);
        assertThat(browser.text(".wb-notice")).isEqualTo("Saved.");
        // A plain space before "!" is a French typography warning; Alt+F applies its fix (a narrow NBSP).
        assertThat(browser.text("#qa-status")).isEqualTo("warnings");
        browser.screenshot("editor-qa-warning");
        assertThat(browser.text(".wb-issues")).contains("French typography");
        browser.type(alt("f"));
        browser.awaitPage("/workbench/segments/" + third);
        assertThat(browser.text(".wb-notice")).isEqualTo("Fixed automatically.");
        assertThat(browser.text("#qa-status")).isEqualTo("no issue");
        assertThat(targets(session)).containsExactly("Déployez <g1>chaque</g1> jour",
                "Nous livrons de petits changements.", "Un retour arrière prend une commande\u202F!");

        // The reviewer rejects one with a reason (Alt+R goes to the reason), approves the others (Alt+A).
        browser.signIn(reviewer, PASSWORD);
        browser.open("/workbench/segments/" + second);
        browser.screenshot("editor-reviewer");
        browser.type(alt("r"));
        browser.type("Say \"petites modifications\"", Keys.ENTER);
        browser.awaitPage("/workbench/segments/" + second);
        assertThat(browser.text("#segment-state")).isEqualTo("Rejected");
        browser.open("/workbench/segments/" + first);
        browser.type(alt("a"));
        browser.awaitPage("/workbench/segments/" + second);
        browser.open("/workbench/segments/" + third);
        browser.type(alt("a"));
        browser.awaitPage("/workbench/segments/" + third);
        assertThat(browser.text("#segment-state")).isEqualTo("Approved");

        // The translator sees why, in French this time, fixes it and sends it back to review.
        browser.signIn(translator, PASSWORD);
        browser.open("/workbench/segments/" + second + "?ui=fr");
        assertThat(browser.text(".wb-rejection")).contains("Refusé", "petites modifications");
        browser.screenshot("editor-rejected-fr");
        browser.type(Keys.chord(Keys.CONTROL, "a"), "Nous livrons de petites modifications.",
                Keys.chord(Keys.CONTROL, "s"));
        browser.awaitPage("/workbench/segments/" + second);
        assertThat(browser.text("#segment-state")).isEqualTo("En relecture");

        browser.signIn(reviewer, PASSWORD);
        browser.open("/workbench/segments/" + second);
        browser.type(alt("a"));
        browser.awaitPage("/workbench/segments/" + third);
        awaitSegments(session, 3, "APPROVED");

        // The organiser publishes from the dashboard; attendees find the French program through search.
        browser.signIn("admin", TestServices.ADMIN_PASSWORD);
        browser.open("/workbench/events/" + event + "/dashboard");
        browser.find("button.wb-publish[data-session='" + session + "'][data-lang='fr']").click();
        browser.awaitPage("/workbench/events/" + event + "/dashboard");
        assertThat(browser.text(".wb-notice")).startsWith("Publication requested");
        browser.screenshot("dashboard");
        browser.open("/workbench/events/" + event + "/queue");
        browser.screenshot("queue");
        ApiClient attendee = new ApiClient(port, null, null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            @SuppressWarnings("unchecked")
            var hits = (List<Map<String, Object>>) attendee.get("/api/search?q=petites+modifications&lang=fr")
                    .getBody().get("hits");
            assertThat(hits).anySatisfy(hit -> assertThat(hit).containsEntry("sessionId", (int) session)
                    .containsEntry("lang", "fr")
                    .hasEntrySatisfying("title", t -> assertThat((String) t).contains("chaque")));
        });
    }

    @Test
    void anOrganiserAddsAConceptToTheEventGlossaryThatTranslatorsThenRead() {
        browser.open("/login?ui=fr");
        assertThat(browser.text("h1")).isEqualTo("Connexion");
        browser.screenshot("login-fr");
        browser.signIn("admin", TestServices.ADMIN_PASSWORD);
        browser.open("/workbench/glossaries/" + event + "?ui=en");
        browser.find("#new-concept").click();
        browser.find("#save-concept").click();
        browser.awaitPage("/workbench/glossaries/" + event + "/concepts");
        assertThat(browser.text("#c-id-error")).isEqualTo("Give the concept an id.");
        assertThat(browser.text("#c-terms-error")).isEqualTo("A concept needs at least one term.");
        browser.screenshot("glossary-concept-errors");
        browser.find("#c-id").sendKeys("on-call");
        browser.find("#t-text-0").sendKeys("on-call");
        browser.find("#t-text-1").sendKeys("astreinte");
        browser.find("#c-def-en").sendKeys("Being reachable to fix incidents out of hours.");
        browser.find("#save-concept").click();
        browser.awaitPage("/workbench/glossaries/" + event);
        assertThat(browser.text(".wb-notice")).isEqualTo("Concept on-call added.");
        assertThat(browser.text("#concept-on-call")).contains("astreinte", "preferred", "Being reachable");
        browser.screenshot("glossary-organiser");

        browser.signIn(translator, PASSWORD);
        browser.open("/workbench/glossaries/" + event + "?q=ASTREINTE");
        assertThat(browser.text("#concept-on-call")).contains("astreinte");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#new-concept, #import")))
                .isEmpty();
    }

    private static String alt(String key) {
        return Keys.chord(Keys.ALT, key);
    }

    private long submit(Map<String, Object> session) {
        var response = admin.post("/api/events/" + event + "/sessions", session);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }

    private List<Map<String, Object>> segments(long session) {
        return admin.getList("/api/events/" + event + "/segments?lang=fr&session=" + session).getBody();
    }

    private List<String> targets(long session) {
        return segments(session).stream().map(s -> (String) s.get("target")).toList();
    }

    private List<Map<String, Object>> awaitSegments(long session, int count, String state) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> segments(session),
                list -> list.size() == count && list.stream().allMatch(s -> state.equals(s.get("state"))));
    }

    private static long id(Map<String, Object> segment) {
        return ((Number) segment.get("id")).longValue();
    }
}
