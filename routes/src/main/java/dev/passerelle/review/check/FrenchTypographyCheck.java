package dev.passerelle.review.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * French typography of a French target: a non-breaking space (U+00A0) or narrow one (U+202F) before : ; ! ? » and
 * after «, and « guillemets » rather than "straight" or “English” quotes. Every issue carries its fix.
 */
@Component
final class FrenchTypographyCheck implements QaCheck {

    static final String NBSP = "\u00A0";
    static final String NARROW_NBSP = "\u202F";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]+)\"|“([^”\\n]*)”");

    @Override
    public String id() {
        return "fr-typography";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        if (!context.targetIs("fr")) {
            return List.of();
        }
        String target = context.target();
        String prose = QaText.prose(target);
        List<QaIssue> issues = new ArrayList<>();
        for (int i = 0; i < prose.length(); i++) {
            char c = prose.charAt(i);
            if (":;!?»".indexOf(c) >= 0 && needsSpaceBefore(prose, i)) {
                spaceBefore(prose, i, c == ':' || c == '»' ? NBSP : NARROW_NBSP, issues);
            } else if (c == '«') {
                spaceAfter(prose, i, issues);
            }
        }
        Matcher quoted = QUOTED.matcher(prose);
        while (quoted.find()) {
            int innerStart = quoted.start(1) >= 0 ? quoted.start(1) : quoted.start(2);
            int innerEnd = quoted.start(1) >= 0 ? quoted.end(1) : quoted.end(2);
            issues.add(QaIssue.at(this, "Use French quotes « … »", quoted.start(), quoted.end(),
                    "«" + NBSP + target.substring(innerStart, innerEnd).strip() + NBSP + "»"));
        }
        return issues;
    }

    /** Not a time (9:00), an emoticon, an operator (!=) or a mark inside a token (std::map, a?b). */
    private static boolean needsSpaceBefore(String prose, int i) {
        if (i == 0) {
            return false;
        }
        char previous = prose.charAt(i - 1);
        if (previous == NBSP.charAt(0) || previous == NARROW_NBSP.charAt(0) || "!?:;".indexOf(previous) >= 0) {
            return false;
        }
        if (prose.charAt(i) == '»') {
            return true;
        }
        if (i + 1 == prose.length()) {
            return true;
        }
        char next = prose.charAt(i + 1);
        return Character.isWhitespace(next) || next == NBSP.charAt(0) || next == NARROW_NBSP.charAt(0)
                || "!?.»)]\"”’".indexOf(next) >= 0 || next == QaText.MASK;
    }

    private void spaceBefore(String prose, int mark, String wanted, List<QaIssue> issues) {
        int start = mark;
        while (start > 0 && (prose.charAt(start - 1) == ' ' || prose.charAt(start - 1) == '\t')) {
            start--;
        }
        String what = "Non-breaking space needed before " + prose.charAt(mark);
        if (start == 0) {
            return;
        }
        issues.add(QaIssue.at(this, what, start, mark, wanted));
    }

    private void spaceAfter(String prose, int quote, List<QaIssue> issues) {
        int end = quote + 1;
        while (end < prose.length() && (prose.charAt(end) == ' ' || prose.charAt(end) == '\t')) {
            end++;
        }
        if (end < prose.length() && (prose.charAt(end) == NBSP.charAt(0) || prose.charAt(end) == NARROW_NBSP.charAt(0))) {
            return;
        }
        issues.add(QaIssue.at(this, "Non-breaking space needed after «", quote + 1, end, NBSP));
    }
}
