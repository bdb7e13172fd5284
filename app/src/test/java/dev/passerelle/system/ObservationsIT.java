package dev.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What the application's configuration observes on every request, and what it leaves out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ObservationsIT {

    @Autowired
    ObservationRegistry registry;

    @Test
    void securityFiltersOpenNoObservationWhileRequestsStillAreMeasured() {
        assertThat(Observation.createNotStarted("spring.security.filterchains", registry).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("spring.security.authorizations", registry).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("http.server.requests", registry).isNoop()).isFalse();
    }
}
