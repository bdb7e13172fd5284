package dev.passerelle.workbench;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.passerelle.security.WebSecurityForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = LoginController.class)
@Import(WebSecurityForTests.class)
class WorkbenchLoginPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void isAnEnglishFormWithLabelsAndACsrfToken() throws Exception {
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("<h1>Sign in</h1>"),
                        containsString("<label for=\"username\" class=\"wb-label\">User name</label>"),
                        containsString("name=\"username\""), containsString("autofocus"),
                        containsString("<label for=\"password\" class=\"wb-label\">Password</label>"),
                        containsString("name=\"password\" type=\"password\""), containsString("name=\"_csrf\""),
                        containsString("href=\"/login?ui=fr\""), not(containsString("role=\"alert\"")))));
    }

    @Test
    void followsTheBrowsersFrenchAndTheSwitch() throws Exception {
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9"))
                .andExpect(content().string(allOf(containsString("lang=\"fr\""), containsString("Connexion"),
                        containsString("Nom d’utilisateur"), containsString("Mot de passe"),
                        containsString("Se connecter"))));
        mvc.perform(get("/login").param("ui", "fr").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(cookie().value(WorkbenchWebConfig.COOKIE, "fr"))
                .andExpect(content().string(containsString("Mot de passe")));
    }

    @Test
    void aRefusedSignInComesBackWithTheReason() throws Exception {
        mvc.perform(post("/login").param("username", "nobody").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(content().string(allOf(containsString("role=\"alert\""),
                        containsString("Nom d’utilisateur ou mot de passe incorrect"),
                        containsString("aria-describedby=\"login-error\""))));
    }

    @Test
    void signingOutSaysSo() throws Exception {
        mvc.perform(post("/logout").with(csrf()).accept("text/html")).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(containsString("You are signed out.")));
    }
}
