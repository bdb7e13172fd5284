package dev.passerelle.review.check;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The target's length stays within a ratio of the source's (a translation half or three times as long has probably
 * lost or gained a sentence). Short sources vary too much to judge and are skipped.
 */
@Component
final class LengthRatioCheck implements QaCheck {

    private final double min;
    private final double max;
    private final int minSourceLength;

    LengthRatioCheck(@Value("${passerelle.review.qa.length-ratio.min:0.5}") double min,
                     @Value("${passerelle.review.qa.length-ratio.max:2.0}") double max,
                     @Value("${passerelle.review.qa.length-ratio.min-source-length:20}") int minSourceLength) {
        this.min = min;
        this.max = max;
        this.minSourceLength = minSourceLength;
    }

    @Override
    public String id() {
        return "length-ratio";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        int source = context.source().strip().length();
        int target = context.target().strip().length();
        if (source < minSourceLength || target == 0) {
            return List.of();
        }
        double ratio = (double) target / source;
        if (ratio >= min && ratio <= max) {
            return List.of();
        }
        return List.of(QaIssue.of(this, "The translation is %.0f%% of the source's length (expected %.0f%% to %.0f%%)"
                .formatted(ratio * 100, min * 100, max * 100)));
    }
}
