package dev.passerelle.security;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TokenController.class)
@Import({SecurityConfig.class, AccountUserDetailsService.class})
class TokenControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccessTokens tokens;

    @MockitoBean
    AccountRepository accounts;

    @Test
    void createsATokenAndShowsItsSecretInTheResponse() throws Exception {
        var expiresAt = Instant.parse("2027-01-01T00:00:00Z");
        given(tokens.issue("tina", "ci", 30))
                .willReturn(new IssuedToken(5, "ci", "psl_abcdefgh-secret", "psl_abcdefgh", expiresAt));
        mvc.perform(post("/api/tokens").with(csrf()).with(user("tina").roles("TRANSLATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "ci", "expiresInDays": 30}"""))
                .andExpect(status().isCreated())
                .andExpect(content().json("""
                        {"id": 5, "name": "ci", "token": "psl_abcdefgh-secret", "prefix": "psl_abcdefgh",
                         "expiresAt": "2027-01-01T00:00:00Z"}""", true));
    }

    @Test
    void refusesANamelessToken() throws Exception {
        mvc.perform(post("/api/tokens").with(csrf()).with(user("tina").roles("TRANSLATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": " ", "expiresInDays": 0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsOwnTokensWithoutSecrets() throws Exception {
        given(tokens.ownedBy("tina"))
                .willReturn(List.of(new AccessToken(5, "ci", "psl_abcdefgh", Instant.now(), null, null)));
        mvc.perform(get("/api/tokens").with(user("tina").roles("TRANSLATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].prefix").value("psl_abcdefgh"))
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }

    @Test
    void revokesOwnToken() throws Exception {
        mvc.perform(delete("/api/tokens/5").with(csrf()).with(user("tina").roles("TRANSLATOR")))
                .andExpect(status().isNoContent());
    }

    @Test
    void revokingSomeoneElsesTokenIs404ProblemJson() throws Exception {
        willThrow(new TokenNotFoundException(6)).given(tokens).revoke("tina", 6);
        mvc.perform(delete("/api/tokens/6").with(csrf()).with(user("tina").roles("TRANSLATOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
