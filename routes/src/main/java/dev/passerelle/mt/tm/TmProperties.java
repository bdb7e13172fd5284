package dev.passerelle.mt.tm;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.mt.tm.*}: lowest match score returned (0–100), the root of this instance's Pensieve
 * indexes (one sub-directory per language pair; never shared between instances) and how many entries one
 * catch-up query reads.
 */
@ConfigurationProperties("passerelle.mt.tm")
public record TmProperties(
        @DefaultValue("75") int threshold,
        @DefaultValue("./data/tm") Path directory,
        @DefaultValue("1000") int catchUpBatchSize) {

    public TmProperties {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("passerelle.mt.tm.threshold must be 0..100, was " + threshold);
        }
        if (catchUpBatchSize < 1) {
            throw new IllegalArgumentException("passerelle.mt.tm.catch-up-batch-size must be positive");
        }
    }
}
