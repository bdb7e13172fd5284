package dev.passerelle.segmentation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a letter-coded output carries exactly its source's inline codes, properly nested. */
public final class InlineCodes {

    // The tags GenericContent reads back; escaped look-alikes in the text ("<gg1>") do not match.
    private static final Pattern TAG = Pattern.compile("</?g-?\\d+>|<[xbe]-?\\d+/>");

    private InlineCodes() {}

    /** Throws {@link InlineCodeMismatchException} naming the segment and the first offending code. */
    public static void check(int segmentIndex, String source, String output) {
        List<String> expected = tags(source);
        List<String> actual = tags(output);
        List<String> unmatched = new ArrayList<>(expected);
        for (String tag : actual) {
            if (!unmatched.remove(tag)) {
                throw new InlineCodeMismatchException(segmentIndex, tag, "unexpected");
            }
        }
        if (!unmatched.isEmpty()) {
            throw new InlineCodeMismatchException(segmentIndex, unmatched.getFirst(), "missing");
        }
        checkNesting(segmentIndex, actual);
    }

    private static void checkNesting(int segmentIndex, List<String> tags) {
        Deque<String> open = new ArrayDeque<>();
        for (String tag : tags) {
            if (tag.startsWith("<g")) {
                open.push(tag.substring(2, tag.length() - 1));
            } else if (tag.startsWith("</g") && !tag.substring(3, tag.length() - 1).equals(open.poll())) {
                throw new InlineCodeMismatchException(segmentIndex, tag, "misplaced");
            }
        }
    }

    private static List<String> tags(String letterCoded) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(letterCoded);
        while (matcher.find()) {
            tags.add(matcher.group());
        }
        return tags;
    }
}
