package dev.passerelle.mt.openai;

import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtServices;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code openai} connector when {@code passerelle.mt.openai.model} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenAiProperties.class)
class OpenAiConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "passerelle.mt.openai", name = "model")
    MtConnector openaiConnector(OpenAiProperties properties, MtServices services) {
        return services.connector(new OpenAiProvider(properties, new MtHttp(Duration.ofSeconds(5))));
    }
}
