package dev.passerelle.review.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Two or more spaces in a row inside the target, unless the source has them too (e.g. aligned code). */
@Component
final class DoubledSpaceCheck implements QaCheck {

    private static final Pattern RUN = Pattern.compile("(?<=\\S)[ \\u00A0\\u202F]{2,}(?=\\S)");

    @Override
    public String id() {
        return "doubled-space";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        if (RUN.matcher(context.source()).find()) {
            return List.of();
        }
        List<QaIssue> issues = new ArrayList<>();
        Matcher run = RUN.matcher(context.target());
        while (run.find()) {
            String spaces = run.group();
            // Keep a non-breaking space if the run has one: it is the typographically meaningful one.
            String keep = spaces.chars().filter(c -> c != ' ').mapToObj(Character::toString).findFirst().orElse(" ");
            issues.add(QaIssue.at(this, "Doubled space", run.start(), run.end(), keep));
        }
        return issues;
    }
}
