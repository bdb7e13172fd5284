package dev.passerelle.mt.apertium;

import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtServices;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code apertium} connector when {@code passerelle.mt.apertium.base-url} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApertiumProperties.class)
class ApertiumConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "passerelle.mt.apertium", name = "base-url")
    MtConnector apertiumConnector(ApertiumProperties properties, MtServices services) {
        return services.connector(new ApertiumProvider(properties, new MtHttp(Duration.ofSeconds(5))));
    }
}
