package dev.passerelle.mt.tm;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link TmProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TmProperties.class)
class TmConfiguration {}
