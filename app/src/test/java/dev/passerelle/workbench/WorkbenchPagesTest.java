package dev.passerelle.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.passerelle.NotFoundException;
import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.match.TermMatcher;
import dev.passerelle.intake.Session;
import dev.passerelle.intake.SessionKind;
import dev.passerelle.review.InvalidReviewException;
import dev.passerelle.review.BulkApproval;
import dev.passerelle.review.LeaseHeldException;
import dev.passerelle.review.Leases;
import dev.passerelle.review.ReviewDecisions;
import dev.passerelle.review.ReviewProgress;
import dev.passerelle.review.ReviewQueueSearch;
import dev.passerelle.review.Suggestion;
import dev.passerelle.review.Suggestions;
import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.review.check.Severity;
import dev.passerelle.security.WebSecurityForTests;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentState;
import dev.passerelle.segment.VersionConflictException;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(controllers = {QueueController.class, EditorController.class, CollaborationController.class,
        DashboardController.class})
@Import({WebSecurityForTests.class, EditorOutcome.class, MarkupHelper.class})
class WorkbenchPagesTest {

    static final Session SESSION = new Session(7, 1, "talk-1", SessionKind.TALK, "en", "Continuous deployment",
            "abstract", List.of("Alice"), null, null, null, null, Session.PipelineState.SEGMENTED, null, 1,
            Instant.now());
    static final Segment SEGMENT = segment(42, "Run <g1>kubectl</g1> now<x2/>", "Lancez kubectl", 3);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EditorPage editorPage;
    @MockitoBean
    ProgressQuery progress;
    @MockitoBean
    SegmentRepository segments;
    @MockitoBean
    ReviewQueueSearch queue;
    @MockitoBean
    BulkApproval bulk;
    @MockitoBean
    ReviewProgress review;
    @MockitoBean
    Leases leases;
    @MockitoBean
    Suggestions suggestions;
    @MockitoBean
    ReviewDecisions decisions;
    @MockitoBean
    PublishRequests publish;

    static Segment segment(long id, String source, String target, long version) {
        return new Segment(id, 7, "abstract", 0, "en", "fr", source, target, SegmentState.IN_REVIEW,
                new Segment.Provenance("deepl", null, "bob", 0), null, null, version, Instant.now());
    }

    static RequestPostProcessor as(String role) {
        return user(role.toLowerCase()).roles(role);
    }

    @BeforeEach
    void pages() {
        given(progress.events()).willReturn(List.of(new ProgressQuery.EventChoice("devops", "DevOps Paris")));
        var progressOfSession = new ProgressQuery.SessionProgress(7, "Continuous deployment", "en", "SEGMENTED", null,
                new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>());
        progressOfSession.language("fr");
        given(progress.sessions("devops")).willReturn(List.of(progressOfSession));
        Segment other = segment(43, "Next one.", null, 1);
        given(editorPage.of(42)).willReturn(new EditorPage.Editor("devops", SESSION, SEGMENT, 0,
                List.of(SEGMENT, other),
                SegmentMarkup.pieces(SEGMENT.source(), List.of()), List.of(), SegmentMarkup.codes(SEGMENT.source()),
                List.of(new EditorPage.MachineSuggestion("Exécutez kubectl maintenant", "deepl")), List.of(), List.of(),
                QaReport.of(List.of(new QaIssue("fr-typography", Severity.WARNING, "Missing narrow space", 3, 3,
                        "\u202f"))),
                List.of(new Suggestion(5, 42, "carol", "Lancez donc kubectl", "plus vivant", Instant.now(),
                        Suggestion.OPEN, null, null)),
                null));
        given(queue.find(any())).willReturn(new ReviewQueueSearch.QueuePage(List.of(), null));
    }

    @Nested
    class Access {

        @Test
        void anonymousPeopleAreSentToTheLoginForm() throws Exception {
            mvc.perform(get("/workbench/segments/42").accept("text/html")).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }

        @ParameterizedTest(name = "{0} GET {1} → {2}")
        @CsvSource({
                "TRANSLATOR, /workbench, 200", "TRANSLATOR, /workbench/events/devops/queue, 200",
                "TRANSLATOR, /workbench/segments/42, 200", "TRANSLATOR, /workbench/events/devops/dashboard, 403",
                "REVIEWER, /workbench/events/devops/dashboard, 403",
                "ORGANISER, /workbench/events/devops/dashboard, 200"})
        void pagesFollowTheRoleHierarchy(String role, String path, int expected) throws Exception {
            mvc.perform(get(path).with(as(role))).andExpect(status().is(expected));
        }

        @ParameterizedTest(name = "{0} POST {1} → {2}")
        @CsvSource({
                "TRANSLATOR, /workbench/segments/42/approve, 403", "TRANSLATOR, /workbench/segments/42/reject, 403",
                "REVIEWER, /workbench/segments/42/approve, 302", "TRANSLATOR, /workbench/segments/42/save, 302",
                "REVIEWER, /workbench/events/devops/sessions/7/publish, 403",
                "ORGANISER, /workbench/events/devops/sessions/7/publish, 302",
                "TRANSLATOR, /workbench/segments/42/revert, 403", "REVIEWER, /workbench/segments/42/revert, 302",
                "TRANSLATOR, /workbench/segments/42/suggestions/5/accept, 403",
                "REVIEWER, /workbench/segments/42/suggestions/5/accept, 302",
                "TRANSLATOR, /workbench/segments/42/suggestions, 302", "TRANSLATOR, /workbench/segments/42/claim, 302",
                "TRANSLATOR, /workbench/segments/42/autofix, 302",
                "TRANSLATOR, /workbench/events/devops/bulk-approve, 403",
                "REVIEWER, /workbench/events/devops/bulk-approve, 302"})
        void actionsFollowTheRoleHierarchy(String role, String path, int expected) throws Exception {
            given(segments.get(42)).willReturn(SEGMENT);
            given(bulk.approve(any(), any(), any(), any(), any())).willReturn(new BulkApproval.Result(0, List.of(),
                    List.of()));
            mvc.perform(post(path).with(as(role)).with(csrf()).param("version", "3").param("target", "Lancez")
                    .param("reason", "why").param("lang", "fr").param("historyId", "1").param("rule", "TM_EXACT"))
                    .andExpect(status().is(expected));
        }

        @Test
        void formsWithoutTheCsrfTokenAreRefused() throws Exception {
            mvc.perform(post("/workbench/segments/42/save").with(as("TRANSLATOR")).param("version", "3")
                    .param("target", "Lancez")).andExpect(status().isForbidden());
            verifyNoInteractions(decisions);
        }

        @Test
        void translatorsDoNotSeeTheReviewersButtons() throws Exception {
            mvc.perform(get("/workbench/segments/42").with(as("TRANSLATOR")))
                    .andExpect(content().string(allOf(containsString("id=\"save\""),
                            not(containsString("id=\"approve\"")))));
            mvc.perform(get("/workbench/segments/42").with(as("TRANSLATOR")))
                    .andExpect(content().string(not(containsString("Accept this suggestion"))));
            mvc.perform(get("/workbench/segments/42").with(as("REVIEWER")))
                    .andExpect(content().string(allOf(containsString("id=\"approve\""),
                            containsString("Suggested by carol"), containsString("Lancez donc kubectl"),
                            containsString("Accept this suggestion"))));
        }

        @Test
        void anUnknownSegmentIsAPageNotJson() throws Exception {
            given(editorPage.of(9)).willThrow(new NotFoundException("segment", 9));
            mvc.perform(get("/workbench/segments/9").with(as("TRANSLATOR"))).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("text/html"));
        }
    }

    @Nested
    class Languages {

        @Test
        void followsTheBrowsersLanguage() throws Exception {
            mvc.perform(get("/workbench/segments/42").with(as("TRANSLATOR"))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9"))
                    .andExpect(content().string(allOf(containsString("lang=\"fr\""), containsString("Enregistrer"),
                            containsString("Raccourcis clavier"))));
            mvc.perform(get("/workbench/segments/42").with(as("TRANSLATOR"))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE"))
                    .andExpect(content().string(allOf(containsString("lang=\"en\""),
                            containsString("Keyboard shortcuts"))));
        }

        @Test
        void theSwitchWinsOverTheBrowserAndIsRemembered() throws Exception {
            mvc.perform(get("/workbench").with(as("TRANSLATOR")).param("ui", "fr")
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                    .andExpect(cookie().value(WorkbenchWebConfig.COOKIE, "fr"))
                    .andExpect(content().string(containsString("Événements")));
            mvc.perform(get("/workbench").with(as("TRANSLATOR")).cookie(new Cookie(WorkbenchWebConfig.COOKIE, "fr"))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                    .andExpect(content().string(containsString("Événements")));
        }

        @Test
        void theSwitchKeepsThePageAndItsFilters() throws Exception {
            mvc.perform(get("/workbench/events/devops/queue?state=IN_REVIEW").with(as("TRANSLATOR")))
                    .andExpect(content().string(containsString(
                            "href=\"/workbench/events/devops/queue?state=IN_REVIEW&amp;ui=fr\"")));
        }
    }

    @Nested
    class Editor {

        @Test
        void showsInlineCodesAsLabelledChips() throws Exception {
            mvc.perform(get("/workbench/segments/42").with(as("TRANSLATOR")))
                    .andExpect(content().string(allOf(
                            containsString("aria-label=\"inline code 1, opening\""),
                            containsString("aria-label=\"inline code /1, closing\""),
                            containsString("aria-label=\"inline code 2\""),
                            containsString("data-codes=\"&lt;g1&gt; &lt;/g1&gt; &lt;x2/&gt;\""),
                            containsString("by deepl"), containsString("French typography"),
                            containsString("id=\"autofix\""))));
        }

        @Test
        void highlightsGlossaryTermsWithWhatToWriteInTheTarget() throws Exception {
            TermMatcher matcher = TermMatcher.of(List.of(
                    Concept.of("deployment", Term.preferred("en", "deployment"), Term.preferred("fr", "déploiement")),
                    Concept.of("kubernetes", Term.preferred("en", "Kubernetes").withDoNotTranslate(true)),
                    Concept.of("toil", Term.preferred("en", "toil"))));
            Segment segment = segment(42, "A deployment on <g1>Kubernetes</g1> is toil", "x", 3);
            List<SegmentMarkup.TermSpan> terms = new GlossaryTermHighlights(event -> matcher)
                    .find("devops", "en", "fr", segment.source());
            assertThat(terms).extracting(SegmentMarkup.TermSpan::term, SegmentMarkup.TermSpan::translation)
                    .containsExactly(tuple("deployment", "déploiement"), tuple("Kubernetes", "Kubernetes"));
            given(editorPage.of(42)).willReturn(new EditorPage.Editor("devops", SESSION, segment, 0, List.of(segment),
                    SegmentMarkup.pieces(segment.source(), terms), terms, SegmentMarkup.codes(segment.source()),
                    List.of(), List.of(), List.of(), QaReport.of(List.of()), List.of(), null));

            mvc.perform(get("/workbench/segments/42").with(as("TRANSLATOR")))
                    .andExpect(content().string(allOf(
                            containsString("class=\"wb-term\" title=\"Glossary: déploiement\""
                                    + " aria-description=\"Glossary: déploiement\">deployment</mark>"),
                            containsString("aria-description=\"Glossary: Kubernetes\">Kubernetes</mark>"),
                            not(containsString(">toil</mark>")))));
        }

        @Test
        void showsHowTheTmMatchSourceDiffersFromTheSegment() throws Exception {
            var tm = EditorPage.TmSuggestion.of(new dev.passerelle.mt.tm.TmLookup.TmMatch("Run <g1>kubectl</g1> later",
                    "Lancez <g1>kubectl</g1> plus tard", new dev.passerelle.mt.Provenance("tm", 82, 0)), SEGMENT.source());
            given(editorPage.of(42)).willReturn(new EditorPage.Editor("devops", SESSION, SEGMENT, 0, List.of(SEGMENT),
                    SegmentMarkup.pieces(SEGMENT.source(), List.of()), List.of(), SegmentMarkup.codes(SEGMENT.source()),
                    List.of(), List.of(tm), List.of(), QaReport.of(List.of()), List.of(), null));

            mvc.perform(get("/workbench/segments/42").with(as("TRANSLATOR")))
                    .andExpect(content().string(allOf(containsString("Source differences from this match"),
                            containsString("<del>later</del><ins>now&lt;x2/&gt;</ins>"),
                            containsString("Lancez &lt;g1&gt;kubectl&lt;/g1&gt; plus tard"))));
        }

        @Test
        void savingMovesOnToTheSegmentAskedFor() throws Exception {
            given(decisions.edit(42, 3, "Lancez <g1>kubectl</g1><x2/>", "translator")).willReturn(SEGMENT);
            mvc.perform(post("/workbench/segments/42/save").with(as("TRANSLATOR")).with(csrf()).param("version", "3")
                            .param("target", "Lancez <g1>kubectl</g1><x2/>").param("then", "43"))
                    .andExpect(redirectedUrl("/workbench/segments/43"));
        }

        @Test
        void aStaleSaveShowsBothTextsNotALostUpdate() throws Exception {
            Segment theirs = segment(42, SEGMENT.source(), "Leur version <g1>kubectl</g1><x2/>", 4);
            given(decisions.edit(anyLong(), anyLong(), anyString(), anyString()))
                    .willThrow(new VersionConflictException(theirs, 3));
            mvc.perform(post("/workbench/segments/42/save").with(as("TRANSLATOR")).with(csrf()).param("version", "3")
                            .param("target", "Ma version"))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(allOf(containsString("id=\"conflict-mine\""),
                            containsString("Ma version"), containsString("Leur version"))));
        }

        @Test
        void someoneElsesLeaseRefusesTheSaveAndKeepsTheDraft() throws Exception {
            given(decisions.edit(anyLong(), anyLong(), anyString(), anyString()))
                    .willThrow(new LeaseHeldException(42, "tina", Instant.now()));
            mvc.perform(post("/workbench/segments/42/save").with(as("TRANSLATOR")).with(csrf()).param("version", "3")
                            .param("target", "Mon brouillon"))
                    .andExpect(status().isLocked())
                    .andExpect(content().string(allOf(containsString("Someone else is working on this session"),
                            containsString("tina"), containsString("Mon brouillon"))));
        }

        @Test
        void bulkApprovalSaysHowManyItApprovedAndSkipped() throws Exception {
            given(bulk.approve("devops", BulkApproval.Rule.NO_QA_WARNINGS, 7L, "fr", "reviewer"))
                    .willReturn(new BulkApproval.Result(2, List.of(1L, 2L),
                            List.of(new BulkApproval.Skipped(3, "blocking QA issue"))));
            mvc.perform(post("/workbench/events/devops/bulk-approve").with(as("REVIEWER")).with(csrf())
                            .param("rule", "NO_QA_WARNINGS").param("session", "7").param("lang", "fr"))
                    .andExpect(redirectedUrl("/workbench/events/devops/queue?session=7&lang=fr"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                            .attribute("noticeArguments", List.of(2, 1)));
        }

        @Test
        void rejectingWithoutAReasonKeepsTheFormAndSaysWhy() throws Exception {
            given(decisions.reject(eq(42L), eq(3L), eq(""), any()))
                    .willThrow(new InvalidReviewException("reason", "a rejection needs a reason"));
            mvc.perform(post("/workbench/segments/42/reject").with(as("REVIEWER")).with(csrf()).param("version", "3"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("a rejection needs a reason")));
        }
    }

    @Test
    void theDashboardShowsWhatEachProviderBilled() throws Exception {
        given(progress.billedCharacters("devops")).willReturn(1500L);
        var byProvider = new java.util.LinkedHashMap<String, Long>();
        byProvider.put("deepl", 1200L);
        byProvider.put("google", 300L);
        given(progress.billedByProvider("devops")).willReturn(byProvider);

        mvc.perform(get("/workbench/events/devops/dashboard").with(as("ORGANISER")))
                .andExpect(content().string(allOf(containsString("1,500 characters billed"),
                        containsString("deepl: 1,200;"), containsString("google: 300<"))));
    }

    @Test
    void organisersPublishOnlyPublishableSessions() throws Exception {
        given(publish.request("devops", 7, "fr")).willReturn(false);
        mvc.perform(post("/workbench/events/devops/sessions/7/publish").with(as("ORGANISER")).with(csrf())
                        .param("lang", "fr"))
                .andExpect(redirectedUrl("/workbench/events/devops/dashboard"));
        verify(publish).request("devops", 7, "fr");
    }

    @Test
    void messagesExistInBothLanguages() throws Exception {
        var english = load("messages.properties");
        var french = load("messages_fr.properties");
        org.assertj.core.api.Assertions.assertThat(french.keySet()).isEqualTo(english.keySet());
    }

    private static Map<Object, Object> load(String name) throws java.io.IOException {
        var properties = new java.util.Properties();
        try (var in = WorkbenchPagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
