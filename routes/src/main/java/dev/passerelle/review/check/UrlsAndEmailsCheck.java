package dev.passerelle.review.check;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** URLs and e-mail addresses are copied unchanged: a translated link is a broken link. */
@Component
final class UrlsAndEmailsCheck implements QaCheck {

    @Override
    public String id() {
        return "urls-emails";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.BLOCKING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        List<QaIssue> issues = new ArrayList<>();
        compare(QaText.all(QaText.URL, context.source()), QaText.all(QaText.URL, context.target()), "URL", issues);
        compare(QaText.all(QaText.EMAIL, context.source()), QaText.all(QaText.EMAIL, context.target()), "E-mail address",
                issues);
        return issues;
    }

    private void compare(List<String> source, List<String> target, String what, List<QaIssue> issues) {
        List<String> missing = new ArrayList<>(source);
        for (String found : target) {
            if (!missing.remove(found)) {
                issues.add(QaIssue.of(this, what + " not in the source: " + found));
            }
        }
        missing.forEach(lost -> issues.add(QaIssue.of(this, what + " of the source missing or changed: " + lost)));
    }
}
