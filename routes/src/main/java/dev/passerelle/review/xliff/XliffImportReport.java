package dev.passerelle.review.xliff;

import java.util.List;

/** What an XLIFF import did, per unit and in total. */
public record XliffImportReport(String event, String lang, String version, int translated, int approved,
                                int unchanged, int conflicts, int skipped, int errors, List<UnitResult> units) {

    static XliffImportReport of(XliffDocument document, String event, String lang, List<UnitResult> units) {
        return new XliffImportReport(event, lang, document.version(), count(units, Outcome.TRANSLATED),
                count(units, Outcome.APPROVED), count(units, Outcome.UNCHANGED), count(units, Outcome.CONFLICT),
                count(units, Outcome.SKIPPED), count(units, Outcome.ERROR) + count(units, Outcome.SOURCE_CHANGED),
                units);
    }

    private static int count(List<UnitResult> units, Outcome outcome) {
        return (int) units.stream().filter(u -> u.outcome() == outcome).count();
    }

    /** One unit of the file: the segment it names, what happened, why. */
    public record UnitResult(String unit, Long segmentId, Outcome outcome, String detail) {
    }

    public enum Outcome { TRANSLATED, APPROVED, UNCHANGED, CONFLICT, SKIPPED, SOURCE_CHANGED, ERROR }
}
