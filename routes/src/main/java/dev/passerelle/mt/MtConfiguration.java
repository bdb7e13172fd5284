package dev.passerelle.mt;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link MtProperties} and builds the events' {@link MtChains}; unknown ids in the default chain fail startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MtProperties.class)
class MtConfiguration {

    @Bean
    MtChains mtChains(MtConnectors connectors, MtEventSettings events, MtProperties properties) {
        return new MtChains(connectors, events, properties);
    }
}
