package dev.passerelle;

import dev.passerelle.elasticsearch.TestElasticsearch;
import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every "test"-profile context at this run's shared services: one Elasticsearch, and in the containers
 * profile the PostgreSQL container. Registered in the tests' META-INF/spring.factories.
 */
public final class TestServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!environment.matchesProfiles("test")) {
            return;
        }
        // Fallbacks only: application-test.yml reads them where the environment names no service.
        var properties = new HashMap<String, Object>();
        properties.put("passerelle.test.elasticsearch-url", TestElasticsearch.url());
        TestServices.Database postgres = TestServices.postgres();
        if (postgres != null) {
            properties.put("passerelle.test.database.url", postgres.url());
            properties.put("passerelle.test.database.user", postgres.user());
            properties.put("passerelle.test.database.password", postgres.password());
        }
        environment.getPropertySources().addLast(new MapPropertySource("test-services", properties));
    }
}
