package dev.passerelle.glossary;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code passerelle.glossary.*}: the largest glossary file an import reads (an API body is also bound by
 * {@code passerelle.api.max-body-size}), and whether the shared default glossary is seeded at start.
 */
@ConfigurationProperties("passerelle.glossary")
record GlossaryProperties(@DefaultValue("20MB") DataSize maxImportSize, @DefaultValue("true") boolean seed) {
}
