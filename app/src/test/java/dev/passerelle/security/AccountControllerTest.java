package dev.passerelle.security;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(AccountController.class)
@Import({SecurityConfig.class, AccountUserDetailsService.class})
class AccountControllerTest {

    private static final String BODY = """
            {"username": "rita", "password": "correct horse battery", "role": "REVIEWER"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Accounts accounts;

    @MockitoBean
    AccountRepository repository;

    @MockitoBean
    AccessTokens tokens;

    static MockHttpServletRequestBuilder createAccount(String body) {
        return post("/api/accounts").contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    @Test
    void organiserCreatesAnAccountWithoutSeeingAnyPassword() throws Exception {
        given(accounts.create("rita", "correct horse battery", Role.REVIEWER))
                .willReturn(new AccountSummary(2, "rita", Role.REVIEWER, true, Instant.now()));
        mvc.perform(createAccount(BODY).with(user("admin").roles("ORGANISER")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("rita"))
                .andExpect(jsonPath("$.role").value("REVIEWER"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void takenUsernameIs409ProblemJson() throws Exception {
        given(accounts.create("rita", "correct horse battery", Role.REVIEWER))
                .willThrow(new UsernameTakenException("rita"));
        mvc.perform(createAccount(BODY).with(user("admin").roles("ORGANISER")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The username 'rita' is taken"));
    }

    @Test
    void weakPasswordIs400ProblemJson() throws Exception {
        given(accounts.create("rita", "correct horse battery", Role.REVIEWER))
                .willThrow(new WeakPasswordException("A password needs at least 12 characters"));
        mvc.perform(createAccount(BODY).with(user("admin").roles("ORGANISER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnUpperCaseUsernameOrUnknownRole() throws Exception {
        var organiser = user("admin").roles("ORGANISER");
        mvc.perform(createAccount(BODY.replace("rita", "Rita")).with(organiser))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(createAccount(BODY.replace("REVIEWER", "ADMIN")).with(organiser))
                .andExpect(status().isBadRequest());
    }

    @Test
    void reviewerCannotCreateOrListAccounts() throws Exception {
        var reviewer = user("rita").roles("REVIEWER");
        mvc.perform(createAccount(BODY).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/accounts").with(reviewer)).andExpect(status().isForbidden());
    }

    @Test
    void meTellsUsernameAndRole() throws Exception {
        given(repository.findByUsername("tina"))
                .willReturn(Optional.of(new Account(3, "tina", "{bcrypt}x", Role.TRANSLATOR, true, Instant.now())));
        mvc.perform(get("/api/me").with(user("tina").roles("TRANSLATOR")))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"username": "tina", "role": "TRANSLATOR"}""", true));
    }

    @Test
    void meOfAnAccountDeletedSinceSignInIsNotFound() throws Exception {
        given(repository.findByUsername("gone")).willReturn(Optional.empty());
        mvc.perform(get("/api/me").with(user("gone").roles("TRANSLATOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
