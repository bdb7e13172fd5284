package dev.passerelle.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code passerelle.admin.*}: the first organiser's password for scripted installs, usually given as the
 * environment variable {@code PASSERELLE_ADMIN_PASSWORD}; when absent a random one is generated.
 */
@ConfigurationProperties("passerelle.admin")
record AdminProperties(String password) {}
