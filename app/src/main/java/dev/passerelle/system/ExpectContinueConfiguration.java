package dev.passerelle.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answers a client's {@code Expect: 100-continue} only when the body is actually read, so a request refused before
 * (too large, unauthorised) gets its final status without uploading the body first. Tomcat's default is at once.
 */
@Configuration(proxyBeanMethods = false)
class ExpectContinueConfiguration {

    @Bean
    TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
