package dev.passerelle.review.check;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The target starts and ends with the same whitespace as its source (it joins the neighbouring segments). */
@Component
final class SurroundingWhitespaceCheck implements QaCheck {

    @Override
    public String id() {
        return "surrounding-whitespace";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        String source = context.source();
        String target = context.target();
        if (target.isEmpty()) {
            return List.of();
        }
        List<QaIssue> issues = new ArrayList<>();
        String wantedLead = leading(source);
        String lead = leading(target);
        if (!lead.equals(wantedLead)) {
            issues.add(QaIssue.at(this, "Leading whitespace differs from the source's", 0, lead.length(), wantedLead));
        }
        String wantedTrail = trailing(source);
        String trail = trailing(target);
        if (!trail.equals(wantedTrail) && lead.length() < target.length()) {
            issues.add(QaIssue.at(this, "Trailing whitespace differs from the source's", target.length() - trail.length(),
                    target.length(), wantedTrail));
        }
        return issues;
    }

    private static String leading(String text) {
        int end = 0;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static String trailing(String text) {
        int start = text.length();
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start);
    }
}
