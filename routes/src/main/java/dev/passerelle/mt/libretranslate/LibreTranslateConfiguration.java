package dev.passerelle.mt.libretranslate;

import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtServices;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code libretranslate} connector when {@code passerelle.mt.libretranslate.base-url} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LibreTranslateProperties.class)
class LibreTranslateConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "passerelle.mt.libretranslate", name = "base-url")
    MtConnector libretranslateConnector(LibreTranslateProperties properties, MtServices services) {
        return services.connector(new LibreTranslateProvider(properties, new MtHttp(Duration.ofSeconds(5))));
    }
}
