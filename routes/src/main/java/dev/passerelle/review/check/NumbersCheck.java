package dev.passerelle.review.check;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every number and time of the source is in the target, written the target language's way (3.5 = 3,5; 9:00 = 9 h 00). */
@Component
final class NumbersCheck implements QaCheck {

    @Override
    public String id() {
        return "numbers";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.BLOCKING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        List<String> missing = new ArrayList<>(Numbers.read(QaText.prose(context.source()), context.sourceLang()));
        List<String> unexpected = new ArrayList<>();
        for (String number : Numbers.read(QaText.prose(context.target()), context.targetLang())) {
            if (!missing.remove(number)) {
                unexpected.add(number);
            }
        }
        List<QaIssue> issues = new ArrayList<>();
        if (!missing.isEmpty()) {
            issues.add(QaIssue.of(this, "Numbers or times of the source missing from the translation: "
                    + String.join(", ", missing)));
        }
        if (!unexpected.isEmpty()) {
            issues.add(QaIssue.of(this, "Numbers or times not in the source: " + String.join(", ", unexpected)));
        }
        return issues;
    }
}
