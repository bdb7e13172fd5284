package dev.passerelle.glossary.check;

import java.util.List;

/**
 * A terminology problem in a translation. {@code source}/{@code target} locate the offending words (either may be
 * null); {@code messageKey} + {@code params} are for localised messages, {@code message} is the English text;
 * {@code suggestion} is the term to use instead (null when there is none).
 */
public record TermIssue(String checkId, Severity severity, Span source, Span target, String messageKey,
                        List<String> params, String message, String suggestion) {

    public TermIssue {
        params = List.copyOf(params);
    }
}
