package dev.passerelle.review.xliff;

import dev.passerelle.segment.SegmentState;
import java.util.Locale;

/**
 * Our segment states in XLIFF and back. 2.0: initial (untranslated, machine or memory draft, rejected), translated
 * (in review), final (approved), with our state as subState "psl:…". 1.2: the closest target state.
 */
final class XliffStates {

    private XliffStates() {
    }

    /** {@code translated}: whether the segment has a target (in review without one: waiting for a translator). */
    static String toXliff20(SegmentState state, boolean translated) {
        return switch (state) {
            case NEW, TM_MATCHED, MACHINE_TRANSLATED, REJECTED -> "initial";
            case IN_REVIEW -> translated ? "translated" : "initial";
            case APPROVED -> "final";
        };
    }

    static String subState(SegmentState state) {
        return "psl:" + state.name().toLowerCase(Locale.ROOT);
    }

    static String toXliff12(SegmentState state) {
        // Only written on a target.
        return switch (state) {
            case NEW -> "new";
            case TM_MATCHED, MACHINE_TRANSLATED -> "needs-review-translation";
            case REJECTED -> "needs-translation";
            case IN_REVIEW -> "translated";
            case APPROVED -> "final";
        };
    }

    /** Whether the file's state asks for approval (2.0 final, 1.2 final or signed-off); anything else is a translation. */
    static boolean approves(String fileState) {
        return "final".equals(fileState) || "signed-off".equals(fileState);
    }
}
