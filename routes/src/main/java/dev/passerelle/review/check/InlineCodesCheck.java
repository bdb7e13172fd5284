package dev.passerelle.review.check;

import dev.passerelle.segmentation.InlineCodeMismatchException;
import dev.passerelle.segmentation.InlineCodes;
import java.util.List;
import org.springframework.stereotype.Component;

/** The target carries exactly the source's inline codes (links, emphasis, code spans), each once and properly nested. */
@Component
final class InlineCodesCheck implements QaCheck {

    @Override
    public String id() {
        return "inline-codes";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.BLOCKING;
    }

    @Override
    public List<QaIssue> check(QaContext context) {
        try {
            InlineCodes.check(0, context.source(), context.target());
            return List.of();
        } catch (InlineCodeMismatchException e) {
            String message = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
            int at = context.target().indexOf(e.code());
            return List.of(at < 0 ? QaIssue.of(this, message)
                    : QaIssue.at(this, message, at, at + e.code().length(), null));
        }
    }
}
