package dev.passerelle.review.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of a segment that are not prose: inline codes, URLs and e-mail addresses. */
final class QaText {

    /** The letter codes the segmentation writes (see {@code segmentation.InlineCodes}). */
    static final Pattern INLINE_CODE = Pattern.compile("</?g-?\\d+>|<[xbe]-?\\d+/>");
    static final Pattern URL = Pattern.compile("\\b(?:https?://|ftp://|mailto:|www\\.)[^\\s<>\"«»]*[^\\s<>\"«».,;:!?)\\]']");
    static final Pattern EMAIL = Pattern.compile("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b");
    private static final Pattern NOT_PROSE = Pattern.compile(INLINE_CODE.pattern() + "|" + URL.pattern() + "|"
            + EMAIL.pattern());

    private QaText() {
    }

    /** Stands for a masked character: neither a letter, a digit, a space nor punctuation. */
    static final char MASK = '\uFFFC';

    /** The text with codes, URLs and e-mails masked character by character, so offsets still match. */
    static String prose(String text) {
        Matcher matcher = NOT_PROSE.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                out.setCharAt(i, MASK);
            }
        }
        return out.toString();
    }

    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
