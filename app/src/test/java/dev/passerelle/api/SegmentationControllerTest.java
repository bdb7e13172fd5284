package dev.passerelle.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.passerelle.segmentation.SegmentationProperties;
import dev.passerelle.segmentation.TextSegmenter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(SegmentationController.class)
// The role check is SecurityConfig's (tested there); here, any signed-in user.
@Import(SegmentationControllerTest.RealSegmenter.class)
class SegmentationControllerTest {

    @TestConfiguration
    static class RealSegmenter {

        @Bean
        TextSegmenter textSegmenter() {
            return new TextSegmenter(new SegmentationProperties(null));
        }
    }

    @Autowired
    MockMvc mvc;

    private ResultActions segment(String body) throws Exception {
        return mvc.perform(post("/api/segment").with(csrf()).with(user("tina").roles("TRANSLATOR"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void answersTheSentencesOfTheText() throws Exception {
        segment("""
                {"lang": "fr", "text": "«\u00a0Bonjour.\u00a0» Il sourit. M. Dupont aussi\u202f!"}""")
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"lang": "fr", "segments": ["«\u00a0Bonjour.\u00a0»", "Il sourit.", "M. Dupont aussi\u202f!"]}""",
                        true));
    }

    @Test
    void refusesAnotherLanguageWithAProblem() throws Exception {
        segment("""
                {"lang": "de", "text": "Hallo. Welt."}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("lang must be en or fr, not 'de'"));
    }

    @Test
    void refusesABlankTextOrAMissingLanguage() throws Exception {
        segment("""
                {"lang": "en", "text": "  "}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        segment("""
                {"text": "Hello."}""")
                .andExpect(status().isBadRequest());
    }
}
