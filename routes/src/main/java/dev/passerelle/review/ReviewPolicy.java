package dev.passerelle.review;

/** Who may approve a segment: FOUR_EYES, anyone but its last editor; SELF_REVIEW, anyone (small teams). Stored by name. */
public enum ReviewPolicy {
    FOUR_EYES, SELF_REVIEW
}
