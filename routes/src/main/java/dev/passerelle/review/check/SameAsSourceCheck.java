package dev.passerelle.review.check;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The target is the source copied unchanged, unless there is nothing to translate: only codes, URLs, numbers and
 * punctuation, or only do-not-translate terms (product names, speakers).
 */
@Component
final class SameAsSourceCheck implements QaCheck {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Override
    public String id() {
        return "same-as-source";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        if (!context.source().strip().equals(context.target().strip())) {
            return List.of();
        }
        String words = QaText.prose(context.source());
        for (String term : context.doNotTranslate()) {
            if (!term.isBlank()) {
                words = words.replace(term, " ");
            }
        }
        if (!LETTER.matcher(words).find()) {
            return List.of();
        }
        return List.of(QaIssue.of(this, "The translation is the source unchanged"));
    }
}
