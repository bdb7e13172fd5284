package dev.passerelle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.PasserelleApplication;
import dev.passerelle.SyntheticProgram;
import dev.passerelle.TestServices;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.intake.SessionIntake;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app instances on one database share an intake of 200 sessions: each segment is created, translated and
 * queued exactly once, and both instances take part.
 */
class ScaleOutIT {

    private static final int SESSIONS = 200;

    @Test
    void twoInstancesShareTheWorkAndDoEverythingOnce() {
        String event = "scale-" + UUID.randomUUID().toString().substring(0, 8);
        // Its own database, so that only these two instances do the work.
        var database = TestServices.isolatedDatabase("scale_" + UUID.randomUUID().toString().substring(0, 8), null);
        try (ConfigurableApplicationContext a = instance("a", database);
             ConfigurableApplicationContext b = instance("b", database)) {
            a.getBean(Events.class).create(new NewEvent(event, "Scale out", null, null, null));
            for (int i = 0; i < SESSIONS; i++) {
                // Half of the intake reaches each instance, as behind a load balancer.
                (i % 2 == 0 ? a : b).getBean(SessionIntake.class).submit(event, SyntheticProgram.session(i));
            }
            JdbcClient jdbc = a.getBean(JdbcClient.class);

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> jdbc.sql("""
                            select count(*) from session s join event e on e.id = s.event_id
                            where e.slug = ? and (s.pipeline_state <> 'SEGMENTED' or exists
                              (select 1 from segment g where g.session_id = s.id and g.state <> 'IN_REVIEW'))""")
                    .param(event).query(Long.class).single() == 0);

            List<Map<String, Object>> history = jdbc.sql("""
                            select h.segment_id, h.to_state, h.actor from segment_history h
                            join segment g on g.id = h.segment_id join session s on s.id = g.session_id
                            join event e on e.id = s.event_id where e.slug = ?""")
                    .param(event).query().listOfRows();
            var perSegment = history.stream().collect(java.util.stream.Collectors.groupingBy(
                    row -> ((Number) row.get("segment_id")).longValue(),
                    java.util.stream.Collectors.mapping(row -> (String) row.get("to_state"),
                            java.util.stream.Collectors.toList())));
            assertThat(perSegment).hasSizeGreaterThan(SESSIONS * 10);
            assertThat(perSegment.values()).allSatisfy(states -> assertThat(states)
                    .as("each segment created once and queued once").containsExactlyInAnyOrder("NEW", "IN_REVIEW"));
            assertThat(history).extracting(row -> row.get("actor")).as("both instances worked")
                    .contains("pipeline@scale-a", "pipeline@scale-b");
        }
    }

    private static ConfigurableApplicationContext instance(String name, TestServices.Database database) {
        var arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--passerelle.instance-id=scale-" + name,
                "--spring.jmx.enabled=false"));
        arguments.addAll(database.arguments());
        return new SpringApplicationBuilder(PasserelleApplication.class).profiles("test")
                .run(arguments.toArray(String[]::new));
    }
}
