package dev.passerelle.segmentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Segmentation settings under {@code passerelle.segmentation}. {@code rules}: the SRX file to segment with
 * (e.g. {@code classpath:segmentation/passerelle.srx}); null means Okapi's default rules.
 */
@ConfigurationProperties("passerelle.segmentation")
public record SegmentationProperties(Resource rules) {}
