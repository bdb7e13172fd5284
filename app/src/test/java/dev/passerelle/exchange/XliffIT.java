package dev.passerelle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.ApiClient;
import dev.passerelle.TestServices;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Review packages over HTTP against the real database: export, translate in a "CAT tool", import back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class XliffIT {

    @LocalServerPort
    int port;

    ApiClient admin;
    String event;
    long session;

    @BeforeEach
    void sessionWithInlineCodes() {
        admin = TestServices.admin(port);
        event = "xlf-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/events", Map.of("slug", event, "name", "XLIFF", "languages", List.of("en", "fr")));
        session = ((Number) admin.post("/api/events/" + event + "/sessions", Map.of("title", "Tracing on a budget",
                "abstract", "Read *the guide* first. Then run `sample --rate 1` on [the API](https://example.org).",
                "lang", "en")).getBody().get("id")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> segments().size() == 3
                && segments().stream().allMatch(s -> "IN_REVIEW".equals(s.get("state"))));
    }

    @Test
    void translatedPackageComesBackIntoReviewWithItsCodes() throws Exception {
        Document file = export("2.0");
        assertThat(file.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(file.getElementsByTagNameNS("*", "pc").getLength()).isPositive();
        translate(file, "translated", "FR ");

        var report = importFile(serialise(file), "fr");

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody()).containsEntry("translated", 3).containsEntry("errors", 0);
        assertThat(segments()).allSatisfy(s -> {
            assertThat((String) s.get("target")).startsWith("FR ");
            assertThat(s).containsEntry("state", "IN_REVIEW");
        });
        assertThat(segments()).anySatisfy(s -> assertThat((String) s.get("target")).contains("<g"));

        var again = importFile(serialise(file), "fr");
        assertThat(again.getBody()).containsEntry("unchanged", 3).containsEntry("conflicts", 0)
                .containsEntry("translated", 0);
    }

    @Test
    void finalStateApprovesForReviewersAndXliff12WorksToo() throws Exception {
        Document file = export("1.2");
        assertThat(file.getDocumentElement().getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:document:1.2");
        assertThat(file.getElementsByTagNameNS("*", "g").getLength()).isPositive();
        translate(file, "final", "Approuvé ");

        var report = importFile(serialise(file), null);

        assertThat(report.getBody()).containsEntry("approved", 3).containsEntry("version", "1.2")
                .containsEntry("qaBlocking", 0);
        assertThat(units(report)).allSatisfy(u -> assertThat(u.get("qa")).isIn("ok", "warning"));
        assertThat(segments()).allSatisfy(s -> assertThat(s).containsEntry("state", "APPROVED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !admin.getList("/api/events/" + event + "/sessions/"
                + session + "/published").getBody().isEmpty());
    }

    @Test
    void underFourEyesAReviewersOwnTranslationsWaitForAnotherReviewer() throws Exception {
        assertThat(admin.put("/api/events/" + event + "/review-policy/fr", 0, Map.of("policy", "FOUR_EYES"))
                .getBody()).containsEntry("fr", "FOUR_EYES");
        Document file = export("2.0");
        // A prefix of its own: a translation approved by another test would come back as a TM match, not own work.
        translate(file, "final", "Relu " + UUID.randomUUID().toString().substring(0, 8) + " ");

        var report = importFile(serialise(file), "fr");

        assertThat(report.getBody()).containsEntry("approved", 0).containsEntry("translated", 3);
        assertThat(units(report)).allSatisfy(u -> assertThat((String) u.get("detail"))
                .isEqualTo("not approved: four eyes: another reviewer approves your own translation"));
        assertThat(segments()).allSatisfy(s -> assertThat(s).containsEntry("state", "IN_REVIEW"));
    }

    @Test
    void exportCarriesTheSegmentsQaIssuesAndGlossaryHitsAsNotes() throws Exception {
        admin.post("/api/glossaries/" + event + "/concepts", Map.of("id", "tracing", "terms", List.of(
                Map.of("lang", "en", "text", "tracing"), Map.of("lang", "fr", "text", "traçage"),
                Map.of("lang", "fr", "text", "tracement", "status", "FORBIDDEN"))));
        admin.post("/api/glossaries/" + event + "/concepts", Map.of("id", "api", "terms", List.of(
                Map.of("lang", "en", "text", "API", "doNotTranslate", true))));
        Map<String, Object> title = segments().stream().filter(s -> "Tracing on a budget".equals(s.get("source")))
                .findFirst().orElseThrow();
        admin.put("/api/segments/" + title.get("id"), ((Number) title.get("version")).longValue(),
                Map.of("target", "Traçage avec 2 euros"));

        Document v20 = export("2.0");
        Element unit = unit(v20, "s" + title.get("id"));
        List<Element> notes = children(unit, "note");
        assertThat(notes).anySatisfy(n -> {
            assertThat(n.getAttribute("category")).isEqualTo("qa");
            assertThat(n.getAttribute("appliesTo")).isEqualTo("target");
            assertThat(n.getAttributeNS(PSL, "check")).isEqualTo("numbers");
            assertThat(n.getAttributeNS(PSL, "severity")).isEqualTo("blocking");
            assertThat(n.getTextContent()).contains("blocks approval", "2");
        });
        assertThat(notes).anySatisfy(n -> {
            assertThat(n.getAttribute("category")).isEqualTo("glossary");
            assertThat(n.getAttributeNS(PSL, "target")).isEqualTo("traçage");
            assertThat(n.getTextContent()).contains("→ “traçage”", "not “tracement”");
        });
        assertThat(children(v20.getDocumentElement(), "note")).anySatisfy(n -> {
            assertThat(n.getAttributeNS(PSL, "concept")).isEqualTo("api");
            assertThat(n.getAttributeNS(PSL, "doNotTranslate")).isEqualTo("yes");
        });
        // The package with its notes still passes Okapi's XLIFF 2 validation, which every import runs.
        assertThat(importFile(serialise(v20), "fr").getStatusCode()).isEqualTo(HttpStatus.OK);

        Document v12 = export("1.2");
        List<Element> notes12 = children(unit(v12, "s" + title.get("id")), "note");
        assertThat(notes12).extracting(n -> n.getAttribute("from"))
                .contains("passerelle-qa", "passerelle-glossary");
        assertThat(notes12).anySatisfy(n -> assertThat(n.getAttribute("priority")).isEqualTo("1"));
    }

    @Test
    void aFinalUnitWithABlockingQaIssueIsNotApprovedAndTheReportSaysWhy() throws Exception {
        Document file = export("2.0");
        translate(file, "final", "Version 2 : ");
        Element withCode = (Element) file.getElementsByTagNameNS("*", "target").item(0).getParentNode();
        while (children(withCode, "pc").stream().noneMatch(pc -> pc.getParentNode().getLocalName().equals("target"))) {
            withCode = nextSegment(file, withCode);
        }
        Element droppedCode = children(withCode, "pc").stream()
                .filter(pc -> pc.getParentNode().getLocalName().equals("target")).findFirst().orElseThrow();
        while (droppedCode.getFirstChild() != null) {
            droppedCode.getParentNode().insertBefore(droppedCode.getFirstChild(), droppedCode);
        }
        droppedCode.getParentNode().removeChild(droppedCode);

        var report = importFile(serialise(file), "fr");

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody()).containsEntry("approved", 0).containsEntry("translated", 2)
                .containsEntry("errors", 1).containsEntry("qaBlocking", 3);
        assertThat(units(report)).filteredOn(u -> "TRANSLATED".equals(u.get("outcome"))).hasSize(2).allSatisfy(u -> {
            assertThat(u).containsEntry("qa", "blocking");
            assertThat((String) u.get("detail")).isEqualTo("not approved: blocking QA issues: numbers");
            assertThat(checkIds(u)).contains("numbers");
        });
        assertThat(units(report)).filteredOn(u -> "ERROR".equals(u.get("outcome"))).singleElement()
                .satisfies(u -> assertThat(checkIds(u)).contains("inline-codes", "numbers"));
        assertThat(segments()).allSatisfy(s -> assertThat(s).containsEntry("state", "IN_REVIEW"));
        assertThat(segments()).filteredOn(s -> ((String) s.get("target")).startsWith("Version 2 : ")).hasSize(2);
    }

    @Test
    void aSegmentChangedSinceExportIsKeptAsAConflictNotOverwritten() throws Exception {
        Document file = export("2.0");
        Map<String, Object> changed = segments().getFirst();
        admin.put("/api/segments/" + changed.get("id"), ((Number) changed.get("version")).longValue(),
                Map.of("target", translationKeepingCodes((String) changed.get("source"))));
        translate(file, "translated", "FR ");

        var report = importFile(serialise(file), "fr");

        assertThat(report.getBody()).containsEntry("conflicts", 1).containsEntry("translated", 2);
        Map<String, Object> kept = admin.get("/api/segments/" + changed.get("id")).getBody();
        assertThat((String) ((Map<?, ?>) kept.get("segment")).get("target")).startsWith("EDITED ");
        List<Map<String, Object>> conflicts = admin.getList("/api/events/" + event + "/xliff/conflicts").getBody();
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(((Number) c.get("segmentId")).longValue()).isEqualTo(((Number) changed.get("id")).longValue());
            assertThat((String) c.get("fileTarget")).startsWith("FR ");
        });
    }

    @Test
    void refusesFilesForAnotherEventOrLanguageOrWithChangedSources() throws Exception {
        Document file = export("2.0");
        translate(file, "translated", "FR ");
        String xml = serialise(file);

        admin.post("/api/events", Map.of("slug", event + "-b", "name", "Other", "languages", List.of("en", "fr")));
        var otherEvent = post("/api/events/" + event + "-b/xliff", xml);
        assertThat(otherEvent.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat((String) otherEvent.getBody().get("detail")).contains("belongs to event '" + event + "'");
        assertThat(importFile(xml, "en").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);

        var changedSource = importFile(xml.replace("Tracing on a budget", "Tracing for free"), "fr");
        assertThat(changedSource.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((List<?>) changedSource.getBody().get("units")).hasSize(1);
        assertThat(segments()).noneSatisfy(s -> assertThat((String) s.get("target")).startsWith("FR "));

        var xxe = importFile("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\">&e;</xliff>",
                "fr");
        assertThat(xxe.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat((String) xxe.getBody().get("detail")).contains("DOCTYPE");
    }

    @Test
    void exportFiltersByStateAndSessionAndNeedsAnAccount() throws Exception {
        Document approvedOnly = export("2.0", "&state=APPROVED&session=" + session);
        assertThat(approvedOnly.getElementsByTagNameNS("*", "unit").getLength()).isZero();
        assertThat(new ApiClient(port, null, null).get("/api/events/" + event + "/xliff?lang=fr").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin.get("/api/events/" + event + "/xliff?lang=de").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static final String PSL = "https://passerelle.dev/ns/xliff";

    private static Element unit(Document file, String id) {
        return children(file.getDocumentElement(), "unit").stream().filter(u -> u.getAttribute("id").equals(id))
                .findFirst().orElseGet(() -> children(file.getDocumentElement(), "trans-unit").stream()
                        .filter(u -> u.getAttribute("id").equals(id)).findFirst().orElseThrow());
    }

    private static List<Element> children(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS("*", name);
        return java.util.stream.IntStream.range(0, found.getLength()).mapToObj(i -> (Element) found.item(i)).toList();
    }

    private static Element nextSegment(Document file, Element segment) {
        List<Element> all = children(file.getDocumentElement(), "segment");
        return all.get(all.indexOf(segment) + 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> units(ResponseEntity<Map<String, Object>> report) {
        return (List<Map<String, Object>>) report.getBody().get("units");
    }

    @SuppressWarnings("unchecked")
    private static List<String> checkIds(Map<String, Object> unit) {
        return ((List<Map<String, Object>>) unit.get("issues")).stream().map(i -> (String) i.get("checkId")).toList();
    }

    private static String translationKeepingCodes(String source) {
        return "EDITED " + source;
    }

    private List<Map<String, Object>> segments() {
        return admin.getList("/api/events/" + event + "/segments?lang=fr&session=" + session).getBody();
    }

    private Document export(String version) throws Exception {
        return export(version, "");
    }

    private Document export(String version, String filter) throws Exception {
        ResponseEntity<byte[]> response = RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/events/" + event + "/xliff?lang=fr&version=" + version + filter)
                .header("Authorization", ApiClient.basic("admin", TestServices.ADMIN_PASSWORD)).retrieve()
                .toEntity(byte[].class);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/xliff+xml;charset=UTF-8");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getBody()));
    }

    /** What a CAT tool does: a target per segment with the source's codes, prefixed text, the given state. */
    private static void translate(Document file, String state, String prefix) {
        boolean v12 = "1.2".equals(file.getDocumentElement().getAttribute("version"));
        NodeList sources = file.getElementsByTagNameNS("*", "source");
        for (int i = sources.getLength() - 1; i >= 0; i--) {
            Element source = (Element) sources.item(i);
            Element holder = (Element) source.getParentNode();
            if (!holder.getLocalName().equals("segment") && !holder.getLocalName().equals("trans-unit")) {
                continue;
            }
            Element target = (Element) source.cloneNode(true);
            file.renameNode(target, source.getNamespaceURI(), "target");
            target.insertBefore(file.createTextNode(prefix), target.getFirstChild());
            Node old = holder.getElementsByTagNameNS("*", "target").getLength() > 0
                    ? holder.getElementsByTagNameNS("*", "target").item(0) : null;
            if (old != null) {
                holder.removeChild(old);
            }
            holder.insertBefore(target, source.getNextSibling());
            (v12 ? target : holder).setAttribute("state", state);
        }
    }

    private static String serialise(Document file) throws Exception {
        var out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(file), new StreamResult(out));
        return out.toString();
    }

    private ResponseEntity<Map<String, Object>> importFile(String xml, String lang) {
        return post("/api/events/" + event + "/xliff" + (lang == null ? "" : "?lang=" + lang), xml);
    }

    private ResponseEntity<Map<String, Object>> post(String path, String xml) {
        return admin.postBytes(path, "application/xliff+xml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
