package dev.passerelle.mt.google;

import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtServices;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code google} connector when {@code passerelle.mt.google.api-key} or {@code access-token} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GoogleProperties.class)
class GoogleConfiguration {

    @Bean
    @ConditionalOnExpression("'${passerelle.mt.google.api-key:}' != '' or '${passerelle.mt.google.access-token:}' != ''")
    MtConnector googleConnector(GoogleProperties properties, MtServices services) {
        return services.connector(new GoogleProvider(properties, new MtHttp(Duration.ofSeconds(5))));
    }
}
