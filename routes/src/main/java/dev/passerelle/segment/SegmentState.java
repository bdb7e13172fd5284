package dev.passerelle.segment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The segment's life, in one place: NEW → (TM_MATCHED | MACHINE_TRANSLATED) → IN_REVIEW → APPROVED | REJECTED;
 * APPROVED and REJECTED go back to IN_REVIEW when their target is edited. Stored by name.
 */
public enum SegmentState {
    NEW, TM_MATCHED, MACHINE_TRANSLATED, IN_REVIEW, APPROVED, REJECTED;

    private static final Map<SegmentState, Set<SegmentState>> NEXT = Map.of(
            // NEW → IN_REVIEW directly when no connector of the chain had a translation (human translation).
            NEW, EnumSet.of(TM_MATCHED, MACHINE_TRANSLATED, IN_REVIEW),
            TM_MATCHED, EnumSet.of(IN_REVIEW),
            MACHINE_TRANSLATED, EnumSet.of(IN_REVIEW),
            IN_REVIEW, EnumSet.of(IN_REVIEW, APPROVED, REJECTED),
            APPROVED, EnumSet.of(IN_REVIEW),
            REJECTED, EnumSet.of(IN_REVIEW));

    public boolean canBecome(SegmentState next) {
        return NEXT.get(this).contains(next);
    }

    /** The state an edit of the target leads to, or an exception when this state cannot be edited. */
    public SegmentState afterEdit() {
        return require(IN_REVIEW);
    }

    public SegmentState require(SegmentState next) {
        if (!canBecome(next)) {
            throw new IllegalTransitionException(this, next);
        }
        return next;
    }
}
