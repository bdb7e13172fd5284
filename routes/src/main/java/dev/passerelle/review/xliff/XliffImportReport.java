package dev.passerelle.review.xliff;

import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.QaReport;
import java.util.List;

/**
 * What an XLIFF import did, per unit and in total; {@code qaBlocking}/{@code qaWarnings}: how many units' targets
 * have blocking issues (never approved) or only warnings.
 */
public record XliffImportReport(String event, String lang, String version, int translated, int approved,
                                int unchanged, int conflicts, int skipped, int errors, int qaBlocking,
                                int qaWarnings, List<UnitResult> units) {

    static XliffImportReport of(XliffDocument document, String event, String lang, List<UnitResult> units) {
        return new XliffImportReport(event, lang, document.version(), count(units, Outcome.TRANSLATED),
                count(units, Outcome.APPROVED), count(units, Outcome.UNCHANGED), count(units, Outcome.CONFLICT),
                count(units, Outcome.SKIPPED), count(units, Outcome.ERROR) + count(units, Outcome.SOURCE_CHANGED),
                (int) units.stream().filter(u -> QaReport.BLOCKING.equals(u.qa())).count(),
                (int) units.stream().filter(u -> QaReport.WARNING.equals(u.qa())).count(), units);
    }

    private static int count(List<UnitResult> units, Outcome outcome) {
        return (int) units.stream().filter(u -> u.outcome() == outcome).count();
    }

    /**
     * One unit of the file: the segment it names, what happened, why; the QA status of the file's target
     * ({@code ok}, {@code warning}, {@code blocking}; null when it was not checked) and its issues.
     */
    public record UnitResult(String unit, Long segmentId, Outcome outcome, String detail, String qa,
                             List<QaIssue> issues) {

        public UnitResult {
            issues = issues == null ? List.of() : List.copyOf(issues);
        }

        UnitResult(String unit, Long segmentId, Outcome outcome, String detail) {
            this(unit, segmentId, outcome, detail, null, List.of());
        }

        UnitResult(String unit, Long segmentId, Outcome outcome, String detail, QaReport report) {
            this(unit, segmentId, outcome, detail, report.status(), report.issues());
        }
    }

    public enum Outcome { TRANSLATED, APPROVED, UNCHANGED, CONFLICT, SKIPPED, SOURCE_CHANGED, ERROR }
}
