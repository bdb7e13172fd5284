package dev.passerelle.review.xliff;

import java.util.List;

/** The file's sources no longer match the segments (they changed since export): nothing imported. Answered 409. */
public class XliffRefusedException extends RuntimeException {

    private final transient List<XliffImportReport.UnitResult> units;

    XliffRefusedException(String message, List<XliffImportReport.UnitResult> units) {
        super(message);
        this.units = units;
    }

    public List<XliffImportReport.UnitResult> units() {
        return units;
    }
}
