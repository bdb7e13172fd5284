package dev.passerelle.segmentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Segmentation settings under {@code passerelle.segmentation}. {@code rules}: the SRX 2.0 file to segment with
 * ({@code file:…} or {@code classpath:…}); by default Passerelle's English and French rules,
 * {@value #DEFAULT_RULES}.
 */
@ConfigurationProperties("passerelle.segmentation")
public record SegmentationProperties(Resource rules) {

    public static final String DEFAULT_RULES = "segmentation/passerelle.srx";

    public SegmentationProperties {
        if (rules == null) {
            rules = new ClassPathResource(DEFAULT_RULES);
        }
    }
}
