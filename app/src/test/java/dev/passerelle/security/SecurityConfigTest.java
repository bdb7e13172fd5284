package dev.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.passerelle.workbench.LoginController;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = SecurityConfigTest.Probe.class)
@Import({SecurityConfig.class, AccountUserDetailsService.class, SecurityConfigTest.Probe.class, LoginController.class})
class SecurityConfigTest {

    /** Stands in for the controllers other features own, so each rule is seen passing as well as failing. */
    @RestController
    static class Probe {
        @RequestMapping({"/", "/dashboard", "/api/search", "/api/events", "/api/events/{event}",
                "/api/segments/{id}", "/api/segments/{id}/approve", "/api/segment", "/api/en/{x}",
                "/actuator/health", "/actuator/metrics", "/{event}/en/**", "/{event}/fr/**",
                "/api/events/{event}/sessions/{id}/publication", "/api/admin/search/reindex"})
        String ok() {
            return "ok";
        }
    }

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccessTokens tokens;

    @MockitoBean
    AccountRepository accounts;

    static Account account(String username, Role role) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        return new Account(1, username, hash, role, true, Instant.now());
    }

    static void assertProblem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void suppressesBootsGeneratedDefaultUser(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(UserDetailsService.class).values())
                .singleElement()
                .isInstanceOf(AccountUserDetailsService.class);
    }

    @Nested
    class Anonymous {

        @Test
        void searchesThePublishedProgram() throws Exception {
            mvc.perform(get("/api/search")).andExpect(status().isOk());
        }

        @Test
        void readsPublishedProgramPagesInBothLanguages() throws Exception {
            mvc.perform(get("/devoxx-2026/en/sessions/42")).andExpect(status().isOk());
            mvc.perform(get("/devoxx-2026/fr")).andExpect(status().isOk());
            mvc.perform(get("/")).andExpect(status().isOk());
        }

        @Test
        void readsHealthButNotOtherActuatorEndpoints() throws Exception {
            mvc.perform(get("/actuator/health")).andExpect(status().isOk());
            assertProblem(mvc.perform(get("/actuator/metrics")), 401);
        }

        @Test
        void cannotCreateAnEventAndGetsProblemJsonNotALoginPage() throws Exception {
            assertProblem(mvc.perform(post("/api/events")), 401);
            mvc.perform(post("/api/events"))
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                    .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        }

        @Test
        void cannotReachAnApiPathShapedLikeAProgramPage() throws Exception {
            assertProblem(mvc.perform(get("/api/en/x")), 401);
        }

        @Test
        void isRedirectedToLoginFromBrowserPages() throws Exception {
            mvc.perform(get("/dashboard").accept(MediaType.TEXT_HTML))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
        }

        @Test
        void getsALoginFormCarryingACsrfToken() throws Exception {
            mvc.perform(get("/login"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"_csrf\"")));
        }
    }

    @Nested
    class Roles {

        @Test
        void translatorCannotApprove() throws Exception {
            assertProblem(mvc.perform(post("/api/segments/7/approve").with(csrf())
                    .with(user("tina").roles("TRANSLATOR"))), 403);
        }

        @Test
        void reviewerCanApprove() throws Exception {
            mvc.perform(post("/api/segments/7/approve").with(csrf()).with(user("rita").roles("REVIEWER")))
                    .andExpect(status().isOk());
        }

        @Test
        void organiserCanDoWhatReviewersAndTranslatorsCan() throws Exception {
            var organiser = user("olga").roles("ORGANISER");
            mvc.perform(post("/api/segments/7/approve").with(csrf()).with(organiser)).andExpect(status().isOk());
            mvc.perform(put("/api/segments/7").with(csrf()).with(organiser)).andExpect(status().isOk());
        }

        @Test
        void reviewerCannotCreateEventsOrReachActuator() throws Exception {
            var reviewer = user("rita").roles("REVIEWER");
            assertProblem(mvc.perform(post("/api/events").with(csrf()).with(reviewer)), 403);
            assertProblem(mvc.perform(get("/actuator/metrics").with(reviewer)), 403);
        }

        @Test
        void onlyOrganisersWithdrawRestoreOrReindexThePublishedProgram() throws Exception {
            var reviewer = user("rita").roles("REVIEWER");
            var organiser = user("olga").roles("ORGANISER");
            String publication = "/api/events/devoxx-2026/sessions/42/publication";
            assertProblem(mvc.perform(delete(publication).with(csrf()).with(reviewer)), 403);
            assertProblem(mvc.perform(put(publication).with(csrf()).with(reviewer)), 403);
            assertProblem(mvc.perform(post("/api/admin/search/reindex").with(csrf()).with(reviewer)), 403);
            assertProblem(mvc.perform(delete(publication)), 401);
            mvc.perform(delete(publication).with(csrf()).with(organiser)).andExpect(status().isOk());
            mvc.perform(put(publication).with(csrf()).with(organiser)).andExpect(status().isOk());
            mvc.perform(post("/api/admin/search/reindex").with(csrf()).with(organiser)).andExpect(status().isOk());
        }

        @Test
        void translatorReadsEventsAndEditsSegments() throws Exception {
            var translator = user("tina").roles("TRANSLATOR");
            mvc.perform(get("/api/events/devoxx-2026").with(translator)).andExpect(status().isOk());
            mvc.perform(put("/api/segments/7").with(csrf()).with(translator)).andExpect(status().isOk());
        }
    }

    @Nested
    class HeaderAuthentication {

        @Test
        void bearerTokenAuthenticatesWithoutCsrf() throws Exception {
            given(tokens.authenticate("psl_good")).willReturn(Optional.of(account("rita", Role.REVIEWER)));
            mvc.perform(post("/api/segments/7/approve").header(HttpHeaders.AUTHORIZATION, "Bearer psl_good"))
                    .andExpect(status().isOk());
        }

        @Test
        void unknownOrExpiredBearerTokenIs401ProblemJson() throws Exception {
            given(tokens.authenticate("psl_gone")).willReturn(Optional.empty());
            var result = mvc.perform(get("/api/events").header(HttpHeaders.AUTHORIZATION, "Bearer psl_gone"));
            assertProblem(result, 401);
            result.andExpect(jsonPath("$.detail").value("Unknown or expired access token"));
        }

        @Test
        void basicAuthenticatesAccountsWithoutCsrf() throws Exception {
            given(accounts.findByUsername("rita")).willReturn(Optional.of(account("rita", Role.REVIEWER)));
            mvc.perform(post("/api/segments/7/approve").with(httpBasic("rita", PASSWORD)))
                    .andExpect(status().isOk());
        }

        @Test
        void basicWithAWrongPasswordIs401ProblemJson() throws Exception {
            given(accounts.findByUsername("rita")).willReturn(Optional.of(account("rita", Role.REVIEWER)));
            assertProblem(mvc.perform(post("/api/segments/7/approve").with(httpBasic("rita", "not the password"))),
                    401);
        }
    }

    @Nested
    class Csrf {

        /** Signs in through the login form, as a browser does, and returns the cookie session. */
        private MockHttpSession signedInSession() throws Exception {
            given(accounts.findByUsername("tina")).willReturn(Optional.of(account("tina", Role.TRANSLATOR)));
            var result = mvc.perform(post("/login").param("username", "tina").param("password", PASSWORD)
                            .with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/")))
                    .andReturn();
            return (MockHttpSession) result.getRequest().getSession(false);
        }

        @Test
        void rejectsACookieSessionPostWithoutToken() throws Exception {
            var result = mvc.perform(post("/api/segment").session(signedInSession()));
            assertProblem(result, 403);
            result.andExpect(jsonPath("$.detail").value("Missing or invalid CSRF token"));
        }

        @Test
        void acceptsACookieSessionPostWithToken() throws Exception {
            mvc.perform(post("/api/segment").session(signedInSession()).with(csrf()))
                    .andExpect(status().isOk());
        }

        @Test
        void rejectsTheLoginFormWithoutToken() throws Exception {
            given(accounts.findByUsername("tina")).willReturn(Optional.of(account("tina", Role.TRANSLATOR)));
            mvc.perform(post("/login").param("username", "tina").param("password", PASSWORD))
                    .andExpect(status().isForbidden());
        }
    }
}
