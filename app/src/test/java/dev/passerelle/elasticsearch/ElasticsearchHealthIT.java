package dev.passerelle.elasticsearch;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The whole app on the test profile: actuator health reports the database and Elasticsearch (cluster health). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ElasticsearchHealthIT {

    @Autowired
    MockMvc mvc;

    @Test
    void healthShowsDatabaseAndElasticsearchUp() throws Exception {
        mvc.perform(get("/actuator/health").with(user("ops").roles("ORGANISER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.elasticsearch.status").value("UP"))
                .andExpect(jsonPath("$.components.elasticsearch.details.status").exists());
    }

    @Test
    void anyoneSeesTheStatusButNotTheComponents() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }
}
