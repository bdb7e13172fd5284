package dev.passerelle.mt.modernmt;

import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtServices;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code modernmt} connector when {@code passerelle.mt.modernmt.api-key} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModernMtProperties.class)
class ModernMtConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "passerelle.mt.modernmt", name = "api-key")
    MtConnector modernmtConnector(ModernMtProperties properties, MtServices services) {
        return services.connector(new ModernMtProvider(properties, new MtHttp(Duration.ofSeconds(5))));
    }
}
