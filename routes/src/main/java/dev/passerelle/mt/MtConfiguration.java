package dev.passerelle.mt;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link MtProperties} and builds the configured {@link TranslationChain}; unknown ids fail startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MtProperties.class)
class MtConfiguration {

    @Bean
    TranslationChain translationChain(MtConnectors connectors, MtProperties properties) {
        return new TranslationChain(connectors.get(properties.chain()));
    }
}
