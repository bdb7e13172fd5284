package dev.passerelle.review.check;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Brackets and quotation marks pair up in the target as they do in the source. Quotes of any style count as one
 * family, so “…” translated as « … » is balanced; a segment that opens a quote the next one closes is left alone.
 */
@Component
final class BracketsAndQuotesCheck implements QaCheck {

    private static final String OPENING = "([{“«‹„";
    private static final String CLOSING = ")]}”»›";

    @Override
    public String id() {
        return "brackets-quotes";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        Balance source = Balance.of(QaText.prose(context.source()));
        Balance target = Balance.of(QaText.prose(context.target()));
        List<QaIssue> issues = new ArrayList<>();
        if (source.brackets() != target.brackets() || target.closedBeforeOpened() && !source.closedBeforeOpened()) {
            issues.add(QaIssue.of(this, "Brackets do not pair up as in the source"));
        }
        if (source.quotes() != target.quotes() || source.straightQuotesOdd() != target.straightQuotesOdd()) {
            issues.add(QaIssue.of(this, "Quotation marks do not pair up as in the source"));
        }
        return issues;
    }

    /** Open minus closed brackets and quotes; whether a bracket closed before its opening. */
    private record Balance(int brackets, int quotes, boolean straightQuotesOdd, boolean closedBeforeOpened) {

        static Balance of(String text) {
            int brackets = 0;
            int quotes = 0;
            int straight = 0;
            boolean early = false;
            // „ opens and “ closes in German-style quoting; here “ opens unless a „ is waiting for it.
            boolean lowOpen = false;
            for (char c : text.toCharArray()) {
                if (c == '"') {
                    straight++;
                } else if (c == '„') {
                    quotes++;
                    lowOpen = true;
                } else if (c == '“' && lowOpen) {
                    quotes--;
                    lowOpen = false;
                } else if (OPENING.indexOf(c) >= 3) {
                    quotes++;
                } else if (CLOSING.indexOf(c) >= 3) {
                    quotes--;
                } else if (OPENING.indexOf(c) >= 0) {
                    brackets++;
                } else if (CLOSING.indexOf(c) >= 0) {
                    brackets--;
                    early |= brackets < 0;
                }
            }
            return new Balance(brackets, quotes, straight % 2 == 1, early);
        }
    }
}
