package dev.passerelle.mt.deepl;

import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtServices;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code deepl} connector when {@code passerelle.mt.deepl.auth-key} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeepLProperties.class)
class DeepLConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "passerelle.mt.deepl", name = "auth-key")
    MtConnector deeplConnector(DeepLProperties properties, MtServices services) {
        return services.connector(new DeepLProvider(properties, new MtHttp(Duration.ofSeconds(5))));
    }
}
