package dev.passerelle.mt;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database-backed cache, cost ledger and event settings the provider connectors share. */
@Configuration(proxyBeanMethods = false)
class MtServicesConfiguration {

    @Bean
    MtCache mtCache(JdbcClient jdbc, JdbcTemplate batch) {
        return new JdbcMtCache(jdbc, batch);
    }

    @Bean
    MtCostLedger mtCostLedger(JdbcClient jdbc) {
        return new JdbcMtCostLedger(jdbc);
    }

    @Bean
    MtEventSettings mtEventSettings(JdbcClient jdbc) {
        return new JdbcMtEventSettings(jdbc);
    }

    @Bean
    MtServices mtServices(MtCache cache, MtCostLedger costs, MtEventSettings events,
                          ObjectProvider<MeterRegistry> registry, Clock clock, MtProperties properties) {
        return new MtServices(cache, costs, events, new MtMeters(registry.getIfAvailable(SimpleMeterRegistry::new)),
                clock, properties);
    }
}
