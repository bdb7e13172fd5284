package dev.passerelle.segmentation;

/** A translated segment whose inline codes differ from its source's: missing, extra, renamed or misnested. */
public class InlineCodeMismatchException extends IllegalArgumentException {

    private final int segmentIndex;
    private final String code;

    InlineCodeMismatchException(int segmentIndex, String code, String problem) {
        super("Segment " + segmentIndex + ": " + problem + " inline code " + code);
        this.segmentIndex = segmentIndex;
        this.code = code;
    }

    public int segmentIndex() {
        return segmentIndex;
    }

    /** The offending code as written in letter-coded text, e.g. {@code </g1>}. */
    public String code() {
        return code;
    }
}
