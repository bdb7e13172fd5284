package dev.passerelle.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.passerelle.NotFoundException;
import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.GlossaryScope;
import dev.passerelle.glossary.Property;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import dev.passerelle.glossary.exchange.GlossaryExchange;
import dev.passerelle.glossary.store.ConceptExistsException;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.glossary.store.GlossaryInfo;
import dev.passerelle.glossary.store.ImportMode;
import dev.passerelle.glossary.store.ImportResult;
import dev.passerelle.security.WebSecurityForTests;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The page over mocked glossaries, with the real file reader: it must show what the module says of a bad file. */
@WebMvcTest(controllers = GlossaryPageController.class)
@Import({WebSecurityForTests.class, GlossaryScope.Resolver.class, GlossaryExchange.class})
class GlossaryPageTest {

    static final Concept ON_CALL = new Concept("on-call", List.of(Property.of("subjectField", "operations")),
            List.of(Term.preferred("en", "on-call").withDefinition("Being reachable to fix incidents"),
                    Term.preferred("fr", "astreinte"), Term.forbidden("fr", "garde"),
                    Term.preferred("de", "Bereitschaft")));
    static final Concept KUBERNETES = Concept.of("kubernetes", Term.preferred("en", "Kubernetes").withDoNotTranslate(true),
            Term.preferred("fr", "Kubernetes").withDoNotTranslate(true));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Glossaries glossaries;
    @MockitoBean
    EventRepository events;

    static RequestPostProcessor as(String role) {
        return user(role.toLowerCase()).roles(role);
    }

    @BeforeEach
    void glossary() {
        given(glossaries.find(null)).willReturn(Optional.of(new GlossaryInfo(1, null, "Shared glossary", 4, 2)));
        given(glossaries.concepts(null)).willReturn(List.of(ON_CALL, KUBERNETES));
        given(glossaries.concept(null, "on-call")).willReturn(Optional.of(ON_CALL));
        given(events.get("devops")).willReturn(new Event(3, "devops", "DevOps Paris", List.of("en", "fr"), null, null,
                null));
        given(events.get("nope")).willThrow(new NotFoundException("event", "nope"));
    }

    @Nested
    class Access {

        @Test
        void anonymousPeopleAreSentToTheLoginForm() throws Exception {
            mvc.perform(get("/workbench/glossaries/shared").accept("text/html"))
                    .andExpect(redirectedUrl("/login"));
        }

        @Test
        void translatorsReadTheGlossaryWithoutAnyEditingForm() throws Exception {
            mvc.perform(get("/workbench/glossaries/shared").with(as("TRANSLATOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("astreinte"), containsString("garde"),
                            containsString("wb-badge-FORBIDDEN"), containsString("do not translate"),
                            containsString("Being reachable to fix incidents"), containsString("de: Bereitschaft"),
                            containsString("href=\"/api/glossaries/shared/export?format=tbx-dct\""),
                            not(containsString("id=\"new-concept\"")), not(containsString("id=\"import\"")),
                            not(containsString("wb-delete")), not(containsString("/edit\"")))));
        }

        @Test
        void organisersSeeTheEditingForms() throws Exception {
            mvc.perform(get("/workbench/glossaries/shared").with(as("ORGANISER")))
                    .andExpect(content().string(allOf(containsString("id=\"new-concept\""),
                            containsString("id=\"import\""), containsString("enctype=\"multipart/form-data\""),
                            containsString("/workbench/glossaries/shared/concepts/on-call/delete"),
                            containsString("/workbench/glossaries/shared/concepts/on-call/edit"),
                            containsString("name=\"_csrf\""))));
        }

        @ParameterizedTest(name = "{0} {1} {2} → {3}")
        @CsvSource({
                "TRANSLATOR, GET, /workbench/glossaries/shared/concepts/new, 403",
                "REVIEWER, GET, /workbench/glossaries/shared/concepts/on-call/edit, 403",
                "TRANSLATOR, POST, /workbench/glossaries/shared/concepts, 403",
                "REVIEWER, POST, /workbench/glossaries/shared/concepts/on-call, 403",
                "TRANSLATOR, POST, /workbench/glossaries/shared/concepts/on-call/delete, 403",
                "REVIEWER, POST, /workbench/glossaries/shared/import, 403",
                "ORGANISER, GET, /workbench/glossaries/shared/concepts/new, 200",
                "ORGANISER, GET, /workbench/glossaries/shared/concepts/on-call/edit, 200"})
        void onlyOrganisersChangeAGlossary(String role, String method, String path, int expected) throws Exception {
            var request = "GET".equals(method) ? get(path) : post(path).with(csrf()).param("id", "x")
                    .param("terms[0].lang", "en").param("terms[0].text", "x");
            mvc.perform(request.with(as(role))).andExpect(status().is(expected));
            if (expected == 403) {
                verify(glossaries, never()).create(any(), any(), any());
                verify(glossaries, never()).update(any(), any());
                verify(glossaries, never()).delete(any(), any());
            }
        }

        @Test
        void formsWithoutTheCsrfTokenAreRefused() throws Exception {
            mvc.perform(post("/workbench/glossaries/shared/concepts/on-call/delete").with(as("ORGANISER")))
                    .andExpect(status().isForbidden());
            verify(glossaries, never()).delete(any(), any());
        }

        @Test
        void anUnknownEventIsAPage() throws Exception {
            mvc.perform(get("/workbench/glossaries/nope").with(as("TRANSLATOR")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("text/html"));
        }
    }

    @Nested
    class Filters {

        @Test
        void findsATextWhateverItsCaseAndAccents() throws Exception {
            mvc.perform(get("/workbench/glossaries/shared").param("q", "ASTRÉINTE").with(as("TRANSLATOR")))
                    .andExpect(content().string(allOf(containsString("id=\"concept-on-call\""),
                            not(containsString("id=\"concept-kubernetes\"")), containsString("1 concept<"))));
        }

        @Test
        void keepsConceptsWithATermOfTheStatus() throws Exception {
            mvc.perform(get("/workbench/glossaries/shared").param("status", "FORBIDDEN").with(as("TRANSLATOR")))
                    .andExpect(content().string(allOf(containsString("id=\"concept-on-call\""),
                            not(containsString("id=\"concept-kubernetes\"")))));
            mvc.perform(get("/workbench/glossaries/shared").param("q", "nothing like it").with(as("TRANSLATOR")))
                    .andExpect(content().string(containsString("No concept matches.")));
        }
    }

    @Nested
    class Editing {

        @Test
        void addsAConceptToTheEventsGlossary() throws Exception {
            mvc.perform(post("/workbench/glossaries/devops/concepts").with(as("ORGANISER")).with(csrf())
                            .param("id", "pager").param("terms[0].lang", "en").param("terms[0].text", " pager ")
                            .param("terms[0].status", "PREFERRED").param("terms[1].lang", "fr")
                            .param("terms[1].text", "bip").param("terms[1].status", "FORBIDDEN")
                            .param("terms[2].lang", "fr").param("terms[2].text", "")
                            .param("definitions[fr]", "Petit récepteur d’alertes"))
                    .andExpect(redirectedUrl("/workbench/glossaries/devops"))
                    .andExpect(flash().attribute("noticeArguments", List.of("pager")));
            var created = ArgumentCaptor.forClass(Concept.class);
            verify(glossaries).create(eq(3L), eq("DevOps Paris glossary"), created.capture());
            assertThat(created.getValue().terms()).extracting(Term::lang, Term::text, Term::status, Term::definition)
                    .containsExactly(tuple("en", "pager", TermStatus.PREFERRED, null),
                            tuple("fr", "bip", TermStatus.FORBIDDEN,
                                    "Petit récepteur d’alertes"));
        }

        @Test
        void aNewConceptOffersAPreferredTermAndASynonymPerLanguage() throws Exception {
            mvc.perform(get("/workbench/glossaries/shared/concepts/new").with(as("ORGANISER")))
                    .andExpect(content().string(allOf(containsString("id=\"t-text-3\""),
                            not(containsString("id=\"t-text-4\"")),
                            containsString("action=\"/workbench/glossaries/shared/concepts\""))));
        }

        @Test
        void showsEachErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
            mvc.perform(post("/workbench/glossaries/shared/concepts").with(as("ORGANISER")).with(csrf())
                            .param("id", "bad/id").param("terms[0].lang", "").param("terms[0].text", "orphan")
                            .param("terms[1].lang", "fr").param("terms[1].text", "x".repeat(501)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(allOf(containsString("id=\"form-errors\""),
                            containsString("id=\"c-id-error\""), containsString("cannot contain /, ? or #"),
                            containsString("Choose the term’s language."), containsString("value=\"orphan\""),
                            containsString("aria-invalid=\"true\""))));
            mvc.perform(post("/workbench/glossaries/shared/concepts").with(as("ORGANISER")).with(csrf())
                            .param("id", "").param("terms[0].lang", "en").param("terms[0].text", " "))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(allOf(containsString("Give the concept an id."),
                            not(containsString("cannot contain")),
                            containsString("A concept needs at least one term."))));
            verifyNoInteractions(events);
            verify(glossaries, never()).create(any(), any(), any());
        }

        @Test
        void anIdAlreadyUsedIsAConflictOnTheIdField() throws Exception {
            willThrow(new ConceptExistsException("on-call")).given(glossaries).create(isNull(), any(), any());
            mvc.perform(post("/workbench/glossaries/shared/concepts").with(as("ORGANISER")).with(csrf())
                            .param("id", "on-call").param("terms[0].lang", "en").param("terms[0].text", "on call"))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(allOf(containsString("id=\"c-id-error\""),
                            containsString("A concept with this id already exists"),
                            containsString("href=\"/workbench/glossaries/shared/concepts/on-call/edit\""),
                            containsString("value=\"on call\""))));
        }

        @Test
        void editingKeepsWhatTheFormDoesNotShow() throws Exception {
            mvc.perform(get("/workbench/glossaries/shared/concepts/on-call/edit").with(as("ORGANISER")))
                    .andExpect(content().string(allOf(containsString("readonly"), containsString("value=\"garde\""),
                            containsString("<label for=\"c-id\""), containsString("id=\"c-id\""),
                            containsString("id=\"t-text-0\""), containsString("id=\"c-def-en\""),
                            containsString("<label for=\"c-dnt\""), containsString("id=\"c-dnt\""),
                            containsString("<option value=\"de\" selected=\"selected\">de</option>"))));
            given(glossaries.update(isNull(), any())).willReturn(true);
            mvc.perform(post("/workbench/glossaries/shared/concepts/on-call").with(as("ORGANISER")).with(csrf())
                            .param("id", "on-call").param("terms[0].lang", "en").param("terms[0].text", "on-call")
                            .param("terms[0].status", "PREFERRED").param("terms[1].lang", "fr")
                            .param("terms[1].text", "astreinte").param("terms[1].status", "ADMITTED")
                            .param("terms[2].lang", "de").param("terms[2].text", "Bereitschaft")
                            .param("definitions[en]", "Being reachable to fix incidents"))
                    .andExpect(redirectedUrl("/workbench/glossaries/shared"));
            var updated = ArgumentCaptor.forClass(Concept.class);
            verify(glossaries).update(isNull(), updated.capture());
            assertThat(updated.getValue().properties()).isEqualTo(ON_CALL.properties());
            assertThat(updated.getValue().terms()).extracting(Term::text, Term::status)
                    .containsExactly(tuple("on-call", TermStatus.PREFERRED),
                            tuple("astreinte", TermStatus.ADMITTED),
                            tuple("Bereitschaft", TermStatus.PREFERRED));
        }

        @Test
        void deletesAndSaysSo() throws Exception {
            given(glossaries.delete(null, "on-call")).willReturn(true);
            mvc.perform(post("/workbench/glossaries/shared/concepts/on-call/delete").with(as("ORGANISER"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/workbench/glossaries/shared"))
                    .andExpect(flash().attribute("notice", "workbench.glossary.deleted"));
            mvc.perform(post("/workbench/glossaries/shared/concepts/gone/delete").with(as("ORGANISER")).with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    class Import {

        @Test
        void importsAFileAndSaysWhatChanged() throws Exception {
            given(glossaries.importConcepts(isNull(), any(), any(), eq(ImportMode.REPLACE)))
                    .willReturn(new ImportResult(1, 1, 3));
            var file = new MockMultipartFile("file", "terms.csv", "text/csv",
                    "en,fr\non-call,astreinte\nrelease,version\n".getBytes(StandardCharsets.UTF_8));
            mvc.perform(multipart("/workbench/glossaries/shared/import").file(file).param("mode", "replace")
                            .with(as("ORGANISER")).with(csrf()))
                    .andExpect(redirectedUrl("/workbench/glossaries/shared"))
                    .andExpect(flash().attribute("noticeArguments", List.of(2, 1, 1, 3)));
            @SuppressWarnings("unchecked")
            ArgumentCaptor<List<Concept>> imported = ArgumentCaptor.forClass(List.class);
            verify(glossaries).importConcepts(isNull(), eq("Shared glossary"), imported.capture(),
                    eq(ImportMode.REPLACE));
            assertThat(imported.getValue()).hasSize(2);
            mvc.perform(get("/workbench/glossaries/shared").with(as("ORGANISER"))
                            .flashAttr("notice", "workbench.glossary.imported")
                            .flashAttr("noticeArguments", List.of(2, 1, 1, 3)))
                    .andExpect(content().string(containsString("2 concepts imported: 1 added, 1 updated, 3 deleted.")));
        }

        @Test
        void aBrokenFileChangesNothingAndTheReasonIsShown() throws Exception {
            var file = new MockMultipartFile("file", "broken.tbx", "application/xml",
                    "<tbx><text><body><conceptEntry".getBytes(StandardCharsets.UTF_8));
            mvc.perform(multipart("/workbench/glossaries/shared/import").file(file).with(as("ORGANISER"))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(allOf(containsString("Nothing was imported:"),
                            containsString("role=\"alert\""), containsString("id=\"concept-on-call\""))));
            mvc.perform(multipart("/workbench/glossaries/shared/import").with(as("ORGANISER")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Choose a file to import.")));
            verify(glossaries, never()).importConcepts(any(), any(), any(), any());
        }

        @ParameterizedTest(name = "{0} as {1} → {2}")
        @CsvSource({"auto, terms.CSV, CSV", "auto, terms.tsv, TSV", "auto, export.tbx, TBX", "auto, , TBX",
                "tbx2, terms.csv, TBX2"})
        void readsTheFormatChosenOrTheFilesExtension(String chosen, String name, String expected) {
            assertThat(GlossaryPageController.format(chosen, name).name()).isEqualTo(expected);
        }
    }

    @Test
    void speaksFrench() throws Exception {
        mvc.perform(get("/workbench/glossaries/devops").with(as("ORGANISER"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
                .andExpect(content().string(allOf(containsString("lang=\"fr\""),
                        containsString("Glossaire : DevOps Paris"), containsString("Ajouter un concept"),
                        containsString("Importer un fichier"), containsString("Glossaire commun"),
                        containsString("Aucun concept pour l’instant"))));
        mvc.perform(get("/workbench/glossaries/shared").with(as("TRANSLATOR")).param("ui", "fr"))
                .andExpect(content().string(allOf(containsString("privilégié"), containsString("proscrit"),
                        containsString("ne pas traduire"))));
    }
}
