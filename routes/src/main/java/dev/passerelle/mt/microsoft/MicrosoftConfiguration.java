package dev.passerelle.mt.microsoft;

import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtServices;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code microsoft} connector when {@code passerelle.mt.microsoft.api-key} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MicrosoftProperties.class)
class MicrosoftConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "passerelle.mt.microsoft", name = "api-key")
    MtConnector microsoftConnector(MicrosoftProperties properties, MtServices services) {
        return services.connector(new MicrosoftProvider(properties, new MtHttp(Duration.ofSeconds(5))));
    }
}
