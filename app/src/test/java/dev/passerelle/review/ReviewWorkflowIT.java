package dev.passerelle.review;

import static dev.passerelle.review.ReviewFixture.id;
import static dev.passerelle.review.ReviewFixture.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.passerelle.ApiClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The review workflow over HTTP against the real database: policies, QA, suggestions, history, bulk, leases. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewWorkflowIT {

    private static final String SOURCE_TITLE = "Continuous deployment of the infrastructure";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReviewFixture fixture;
    ApiClient translator;
    ApiClient otherTranslator;
    ApiClient reviewer;
    ApiClient otherReviewer;

    @BeforeEach
    void people() {
        fixture = new ReviewFixture(port);
        translator = fixture.person("tina", "TRANSLATOR");
        otherTranslator = fixture.person("theo", "TRANSLATOR");
        reviewer = fixture.person("rita", "REVIEWER");
        otherReviewer = fixture.person("remi", "REVIEWER");
    }

    @Test
    void fourEyesPolicyRefusesApprovingOnesOwnEdit() {
        Map<String, Object> segment = session("We ship every day.").getFirst();
        assertThat(fixture.admin.put("/api/events/" + fixture.event + "/review-policy/fr", 0,
                Map.of("policy", "FOUR_EYES")).getBody()).containsEntry("fr", "FOUR_EYES").containsEntry("en", "SELF_REVIEW");
        var edited = reviewer.put(path(segment), version(segment), Map.of("target", "Déploiement continu de l'infrastructure"));

        var own = reviewer.postWithVersion(path(segment) + "/approve", version(edited.getBody()), null);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(own.getBody()).containsEntry("title", "Four-eyes review");

        var other = otherReviewer.postWithVersion(path(segment) + "/approve", version(edited.getBody()), null);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(other.getBody()).containsEntry("state", "APPROVED");
    }

    @Test
    void selfReviewPolicyLetsSmallTeamsApproveTheirOwnWork() {
        Map<String, Object> segment = session("We ship every day.").getFirst();
        fixture.admin.put("/api/events/" + fixture.event + "/review-policy/fr", 0, Map.of("policy", "SELF_REVIEW"));
        var edited = reviewer.put(path(segment), version(segment), Map.of("target", "Déploiement continu de l'infrastructure"));
        assertThat(reviewer.postWithVersion(path(segment) + "/approve", version(edited.getBody()), null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRejectionNeedsAReasonTheTranslatorThenSees() {
        Map<String, Object> segment = session("We ship every day.").get(1);
        var edited = translator.put(path(segment), version(segment), Map.of("target", "On livre."));

        var noReason = reviewer.postWithVersion(path(segment) + "/reject", version(edited.getBody()), Map.of("reason", " "));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var rejected = reviewer.postWithVersion(path(segment) + "/reject", version(edited.getBody()),
                Map.of("reason", "« tous les jours » is missing"));
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> seen = translator.get(path(segment)).getBody();
        assertThat(seen).extractingByKey("segment", MAP).containsEntry("state", "REJECTED")
                .containsEntry("rejectReason", "« tous les jours » is missing");
        assertThat(seen).extractingByKey("history", LIST).last().asInstanceOf(MAP)
                .containsEntry("toState", "REJECTED").containsEntry("reason", "« tous les jours » is missing")
                .containsEntry("actor", fixture.username("rita"));
    }

    @Test
    void blockingQaIssuesPreventApprovalUntilFixedOrTheCheckIsTurnedOff() {
        Map<String, Object> segment = session("Doors open at 9:00 for 1,000 people.").get(1);
        var edited = translator.put(path(segment), version(segment), Map.of("target", "Ouverture à 10 h pour 1 000 personnes."));
        assertThat(translator.get(path(segment) + "/qa").getBody()).containsEntry("status", "blocking");

        var refused = reviewer.postWithVersion(path(segment) + "/approve", version(edited.getBody()), null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused.getBody()).extractingByKey("issues", LIST).isNotEmpty()
                .allSatisfy(issue -> assertThat(issue).asInstanceOf(MAP).containsEntry("checkId", "numbers"));

        assertThat(translator.put("/api/events/" + fixture.event + "/qa-checks/numbers", 0, Map.of("enabled", false))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var off = fixture.admin.put("/api/events/" + fixture.event + "/qa-checks/numbers", 0, Map.of("enabled", false));
        assertThat(off.getBody()).containsEntry("enabled", false);
        assertThat(reviewer.postWithVersion(path(segment) + "/approve", version(edited.getBody()), null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void autofixRepairsFrenchTypographyAndKeepsTheFixInHistory() {
        Map<String, Object> segment = session("Why deploy on Friday?").get(1);
        var edited = translator.put(path(segment), version(segment), Map.of("target", "Pourquoi livrer le vendredi ?"));
        Map<String, Object> qa = translator.get(path(segment) + "/qa").getBody();
        assertThat(qa).containsEntry("status", "warning");
        assertThat(qa).extractingByKey("issues", LIST).singleElement().asInstanceOf(MAP)
                .containsEntry("checkId", "fr-typography").containsEntry("replacement", "\u202F");

        var draft = translator.post(path(segment) + "/qa", Map.of("target", "Il a dit \"non\" !"));
        assertThat(draft.getBody()).containsEntry("autofixed", "Il a dit «\u00A0non\u00A0»\u202F!");

        var fixed = translator.postWithVersion(path(segment) + "/autofix", version(edited.getBody()), null);
        assertThat(fixed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fixed.getBody()).containsEntry("target", "Pourquoi livrer le vendredi\u202F?");
        assertThat(translator.get(path(segment) + "/qa").getBody()).containsEntry("status", "ok");
        assertThat(translator.getList(path(segment) + "/history").getBody()).last().asInstanceOf(MAP)
                .containsEntry("reason", "autofix").containsEntry("fromTarget", "Pourquoi livrer le vendredi ?")
                .containsEntry("version", (int) version(fixed.getBody()));
    }

    @Test
    void reviewersAcceptOneSuggestionAmongSeveral() {
        Map<String, Object> segment = session("We ship every day.").get(1);
        var first = translator.post(path(segment) + "/suggestions", Map.of("target", "Nous livrons chaque jour."));
        var second = otherTranslator.post(path(segment) + "/suggestions",
                Map.of("target", "On livre tous les jours.", "comment", "plus naturel"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(translator.post(path(segment) + "/suggestions", Map.of("target", "")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reviewer.getList(path(segment) + "/suggestions").getBody()).extracting(s -> s.get("target"))
                .containsExactly("Nous livrons chaque jour.", "On livre tous les jours.");
        assertThat(translator.postWithVersion(path(segment) + "/suggestions/" + id(second) + "/accept",
                version(segment), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        var accepted = reviewer.postWithVersion(path(segment) + "/suggestions/" + id(second) + "/accept",
                version(segment), null);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody()).containsEntry("target", "On livre tous les jours.")
                .containsEntry("state", "IN_REVIEW");
        assertThat(reviewer.getList(path(segment) + "/suggestions").getBody()).extracting(s -> s.get("status"))
                .containsExactly("SUPERSEDED", "ACCEPTED");
        assertThat(reviewer.getList(path(segment) + "/history").getBody()).last().asInstanceOf(MAP)
                .containsEntry("actor", fixture.username("rita"))
                .containsEntry("reason", "accepted suggestion " + id(second) + " by " + fixture.username("theo"));
        assertThat(reviewer.postWithVersion(path(segment) + "/suggestions/" + id(first) + "/accept",
                version(accepted.getBody()), null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aReviewerRevertsToAnEarlierVersionAsANewChange() {
        Map<String, Object> segment = session("We ship every day.").get(1);
        var one = translator.put(path(segment), version(segment), Map.of("target", "Première version."));
        var two = translator.put(path(segment), version(one.getBody()), Map.of("target", "Seconde version."));
        List<Map<String, Object>> history = reviewer.getList(path(segment) + "/history").getBody();
        Map<String, Object> firstEdit = history.stream().filter(h -> "Première version.".equals(h.get("toTarget")))
                .findFirst().orElseThrow();

        assertThat(translator.postWithVersion(path(segment) + "/revert", version(two.getBody()),
                Map.of("historyId", firstEdit.get("id"))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var reverted = reviewer.postWithVersion(path(segment) + "/revert", version(two.getBody()),
                Map.of("historyId", firstEdit.get("id"), "reason", "the second lost a nuance"));

        assertThat(reverted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reverted.getBody()).containsEntry("target", "Première version.");
        List<Map<String, Object>> after = reviewer.getList(path(segment) + "/history").getBody();
        assertThat(after).hasSize(history.size() + 1);
        assertThat(after.getLast()).containsEntry("fromTarget", "Seconde version.")
                .containsEntry("toTarget", "Première version.")
                .containsEntry("reason", "reverted to version " + firstEdit.get("version") + ": the second lost a nuance");
    }

    @Test
    void aStaleWriteGetsBothTextsToMerge() {
        Map<String, Object> segment = session("We ship every day.").get(1);
        translator.put(path(segment), version(segment), Map.of("target", "Nous livrons."));
        var stale = otherTranslator.put(path(segment), version(segment), Map.of("target", "On livre."));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody()).extractingByKey("yours", MAP).containsEntry("target", "On livre.")
                .containsEntry("version", (int) version(segment));
        assertThat(stale.getBody()).extractingByKey("current", MAP).containsEntry("target", "Nous livrons.")
                .containsEntry("version", (int) version(segment) + 1);
    }

    @Test
    void bulkApprovalSkipsBlockingWarningsAndEmptyTargetsWithReasons() {
        List<Map<String, Object>> segments = session("Doors open at 9:00.", "We ship every day.",
                "Why deploy on Friday?", "Nobody translates this one.");
        Map<Long, String> targets = Map.of(
                segmentId(segments.get(0)), "Déploiement continu de l'infrastructure",
                segmentId(segments.get(1)), "Ouverture à 10 h.",
                segmentId(segments.get(2)), "Nous livrons chaque jour.",
                segmentId(segments.get(3)), "Pourquoi livrer le vendredi ?");
        targets.forEach((id, target) -> translator.put("/api/segments/" + id, version(segment(id)), Map.of("target", target)));

        var result = reviewer.post("/api/events/" + fixture.event + "/bulk-approve", Map.of("rule", "NO_QA_WARNINGS"));

        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(result.getBody()).containsEntry("approved", 2).extractingByKey("approvedIds", LIST)
                .containsExactlyInAnyOrder((int) segmentId(segments.get(0)), (int) segmentId(segments.get(2)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skipped = (List<Map<String, Object>>) result.getBody().get("skipped");
        assertThat(skipped).extracting(s -> s.get("reason")).containsExactlyInAnyOrder("blocking QA issues: numbers", "QA warnings: fr-typography",
                        "no translation yet");
        assertThat(segment(segmentId(segments.get(1)))).containsEntry("state", "IN_REVIEW");
        assertThat(translator.post("/api/events/" + fixture.event + "/bulk-approve", Map.of("rule", "TM_EXACT"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void bulkApprovalTakesExactTranslationMemoryMatches() {
        String unique = "Release train " + ReviewFixture.letters((int) (System.nanoTime() % 100_000)) + " leaves now.";
        List<Map<String, Object>> first = fixture.sessionInReview("Memory " + unique, List.of(unique));
        var edited = translator.put(path(first.get(1)), version(first.get(1)), Map.of("target", "Le train part."));
        reviewer.postWithVersion(path(first.get(1)) + "/approve", version(edited.getBody()), null);

        List<Map<String, Object>> second = fixture.sessionInReview("Again " + unique, List.of(unique));
        Map<String, Object> matched = second.get(1);
        assertThat(matched).containsEntry("target", "Le train part.").extractingByKey("provenance", MAP)
                .containsEntry("connector", "tm").containsEntry("score", 100);

        var result = reviewer.post("/api/events/" + fixture.event + "/bulk-approve",
                Map.of("rule", "TM_EXACT", "session", matched.get("sessionId"), "lang", "fr"));
        assertThat(result.getBody()).containsEntry("approved", 1).extractingByKey("approvedIds", LIST)
                .containsExactly(matched.get("id"));
        // The title has no exact match: none at all, or a fuzzy one.
        assertThat(result.getBody()).extractingByKey("skipped", LIST).singleElement().asInstanceOf(MAP)
                .extractingByKey("reason").isIn("no translation yet", "not an exact translation-memory match");
    }

    @Test
    void leasesKeepOthersOutUntilReleasedOrExpired() {
        List<Map<String, Object>> segments = session("We ship every day.");
        long session = ((Number) segments.getFirst().get("sessionId")).longValue();
        var lease = translator.post("/api/leases", Map.of("sessionId", session, "lang", "fr", "minutes", 20));
        assertThat(lease.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(lease.getBody()).containsEntry("holder", fixture.username("tina"))
                .extractingByKey("segmentIds", LIST).hasSize(2);
        String leaseId = (String) lease.getBody().get("leaseId");
        Map<String, Object> segment = segments.get(1);

        var refused = otherTranslator.put(path(segment), version(segment), Map.of("target", "On livre."));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.LOCKED);
        assertThat(refused.getBody()).containsEntry("holder", fixture.username("tina"));
        assertThat(otherTranslator.post("/api/leases", Map.of("segmentIds", List.of(segmentId(segment))))
                .getStatusCode()).isEqualTo(HttpStatus.LOCKED);
        assertThat(otherTranslator.getList("/api/leases?session=" + session).getBody()).singleElement().asInstanceOf(MAP)
                .containsEntry("leaseId", leaseId);
        assertThat(fixture.admin.get("/api/events/" + fixture.event + "/review-queue?assignee="
                + fixture.username("tina")).getBody()).extractingByKey("items", LIST).hasSize(2);

        var own = translator.put(path(segment), version(segment), Map.of("target", "Nous livrons."));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(otherTranslator.delete("/api/leases/" + leaseId).getStatusCode()).isEqualTo(HttpStatus.LOCKED);
        assertThat(translator.delete("/api/leases/" + leaseId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(otherTranslator.put(path(segment), version(own.getBody()), Map.of("target", "On livre."))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        var again = translator.post("/api/leases", Map.of("segmentIds", List.of(segmentId(segment))));
        jdbc.sql("update segment_lease set expires_at = ? where lease_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), again.getBody().get("leaseId")).update();
        assertThat(otherTranslator.post("/api/leases", Map.of("segmentIds", List.of(segmentId(segment)))).getStatusCode())
                .as("an expired lease is free").isEqualTo(HttpStatus.CREATED);
        var reviewerRelease = reviewer.getList("/api/leases?session=" + session).getBody().getFirst().get("leaseId");
        assertThat(reviewer.delete("/api/leases/" + reviewerRelease).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theQueueFiltersAndTheDashboardCounts() {
        // A title of its own: no translation memory match from the other tests leaves it untranslated.
        List<Map<String, Object>> segments = fixture.sessionInReview("Dashboard " + fixture.username("talk"),
                List.of("Doors open at 9:00.", "We ship every day."));
        translator.put(path(segments.get(1)), version(segments.get(1)), Map.of("target", "Ouverture à 10 h."));
        var clean = translator.put(path(segments.get(2)), version(segments.get(2)), Map.of("target", "Nous livrons."));
        reviewer.postWithVersion(path(segments.get(2)) + "/approve", version(clean.getBody()), null);
        String base = "/api/events/" + fixture.event;

        assertThat(translator.get(base + "/review-queue?qa=blocking&lang=fr").getBody())
                .extractingByKey("items", LIST).singleElement().asInstanceOf(MAP)
                .containsEntry("qaStatus", "blocking").extractingByKey("segment", MAP)
                .containsEntry("id", (int) segmentId(segments.get(1)));
        assertThat(translator.get(base + "/review-queue?state=APPROVED").getBody()).extractingByKey("items", LIST)
                .hasSize(1);
        assertThat(translator.get(base + "/review-queue?qa=bad").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(fixture.admin.getList(base + "/progress").getBody()).singleElement().asInstanceOf(MAP)
                .containsEntry("lang", "fr").containsEntry("title", "Dashboard " + fixture.username("talk"))
                .containsEntry("total", 3).containsEntry("approved", 1)
                .containsEntry("blocking", 1).containsEntry("publishable", false)
                .extractingByKey("counts", MAP).containsEntry("IN_REVIEW", 2).containsEntry("APPROVED", 1);
        assertThat(fixture.admin.getList(base + "/blockers").getBody()).extracting(b -> b.get("kind"))
                .containsExactlyInAnyOrder("UNTRANSLATED", "QA_BLOCKING");
        assertThat(fixture.admin.get("/api/events/nope/progress").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(fixture.admin.get("/api/events/nope/qa-checks").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(translator.getList(base + "/qa-checks").getBody()).extracting(c -> c.get("checkId"))
                .contains("numbers", "fr-typography", "inline-codes", "urls-emails", "same-as-source");
    }

    private List<Map<String, Object>> session(String... sentences) {
        return fixture.sessionInReview(SOURCE_TITLE, List.of(sentences));
    }

    private Map<String, Object> segment(long id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> segment = (Map<String, Object>) reviewer.get("/api/segments/" + id).getBody().get("segment");
        return segment;
    }

    private static long segmentId(Map<String, Object> segment) {
        return ((Number) segment.get("id")).longValue();
    }

    private static String path(Map<String, Object> segment) {
        return "/api/segments/" + segment.get("id");
    }
}
