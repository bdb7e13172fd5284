package dev.passerelle.mt;

/** A connector's answer for one segment: a result, or why there is none (null when it simply had nothing). */
public record MtOutcome(MtResult result, String reason) {

    public static final MtOutcome NOTHING = new MtOutcome(null, null);

    public static MtOutcome translated(MtResult result) {
        return new MtOutcome(java.util.Objects.requireNonNull(result), null);
    }

    public static MtOutcome refused(String reason) {
        return new MtOutcome(null, reason);
    }

    public boolean isTranslated() {
        return result != null;
    }
}
