package dev.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A busy client keeps its connection: Tomcat's default closed it after 100 requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeepAliveIT {

    @LocalServerPort
    int port;

    @Test
    void aKeptAliveConnectionIsNotClosedAfterAHundredRequests() throws Exception {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .GET().build();
            for (int i = 1; i <= 150; i++) {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                assertThat(response.headers().firstValue("connection")).as("response %d", i)
                        .isNotEqualTo(Optional.of("close"));
            }
        }
    }
}
