package dev.passerelle.segmentation;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * For each character, the regexes (one bit each, in list order) that can start a match with it; worked out the
 * first time the character is seen, by trying each regex on that character alone, without its look-behinds,
 * boundaries and anchors (conditions on the text before, which one character cannot show; dropping a condition can
 * only admit more characters). A regex that matches or needs more text may start there. The same test on the
 * next characters narrows the set further. Thread-safe.
 */
final class FirstCharacters {

    /** At most this many rules: one bit each in a long, the last bit marks a computed mask. */
    static final int MAX_RULES = 63;
    private static final long KNOWN = 1L << MAX_RULES;
    private static final int ASCII = 128;

    private final List<Pattern> probes;
    private final AtomicLongArray masks = new AtomicLongArray(Character.MAX_VALUE + 1);
    // Rows by first character (then by ASCII first and second characters), indexed by the next ASCII character;
    // a row is made the first time its prefix is seen.
    private final AtomicReferenceArray<AtomicLongArray> pairMasks =
            new AtomicReferenceArray<>(Character.MAX_VALUE + 1);
    private final AtomicReferenceArray<AtomicLongArray> tripleMasks = new AtomicReferenceArray<>(ASCII * ASCII);

    /** {@code regexes}: at most {@link #MAX_RULES}, in bit order. */
    FirstCharacters(List<Pattern> regexes) {
        this.probes = regexes.stream().map(regex -> probe(regex.pattern(), regex.flags())).toList();
    }

    private long rulesStartingWith(char c) {
        long mask = masks.getOpaque(c);
        if (mask == 0) {
            mask = KNOWN | compute(c);
            masks.setOpaque(c, mask);
        }
        return mask & ~KNOWN;
    }

    /**
     * The bits of the regexes that may start a match at {@code start} of {@code text}: those its first character
     * admits, narrowed by the next two when they are ASCII (a rule starting with a space, say, but whose next
     * characters are rare).
     */
    long rulesStartingAt(String text, int start) {
        char c = text.charAt(start);
        long mask = rulesStartingWith(c);
        if (mask == 0 || start + 1 >= text.length() || Character.isSurrogate(c) || text.charAt(start + 1) >= ASCII) {
            return mask;
        }
        char next = text.charAt(start + 1);
        mask = narrowed(pairMasks, c, mask, text, start, 2);
        if (mask == 0 || c >= ASCII || start + 2 >= text.length() || text.charAt(start + 2) >= ASCII) {
            return mask;
        }
        return narrowed(tripleMasks, c * ASCII + next, mask, text, start, 3);
    }

    /** Those of {@code candidates} that {@code length} characters at {@code start} admit, kept in {@code table}. */
    private long narrowed(AtomicReferenceArray<AtomicLongArray> table, int key, long candidates, String text,
            int start, int length) {
        char last = text.charAt(start + length - 1);
        AtomicLongArray row = table.getOpaque(key);
        if (row == null) {
            row = new AtomicLongArray(ASCII);
            table.setOpaque(key, row);
        }
        long mask = row.getOpaque(last);
        if (mask == 0) {
            mask = KNOWN | compute(candidates, text.substring(start, start + length));
            row.setOpaque(last, mask);
        }
        return mask & ~KNOWN;
    }

    private long compute(char c) {
        long mask = 0;
        String alone = String.valueOf(c);
        for (int bit = 0; bit < probes.size(); bit++) {
            Pattern probe = probes.get(bit);
            // A lone surrogate cannot be tried on its own; nor can a rule whose probe would not compile.
            Matcher matcher = probe == null ? null : probe.matcher(alone);
            if (matcher == null || Character.isSurrogate(c) || matcher.lookingAt() || matcher.hitEnd()) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    /** Those of the {@code candidates} bits whose regex matches, or needs more text than, {@code prefix}. */
    private long compute(long candidates, String prefix) {
        long mask = 0;
        for (long bits = candidates; bits != 0; bits &= bits - 1) {
            int bit = Long.numberOfTrailingZeros(bits);
            Pattern probe = probes.get(bit);
            Matcher matcher = probe == null ? null : probe.matcher(prefix);
            if (matcher == null || matcher.lookingAt() || matcher.hitEnd()) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    /** {@code regex} without look-behinds, {@code \b}, {@code \B}, {@code ^} and {@code $}; null if that fails. */
    private static Pattern probe(String regex, int flags) {
        StringBuilder kept = new StringBuilder(regex.length());
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (classDepth == 0 && (next == 'b' || next == 'B')) {
                    i++;
                    continue;
                }
                kept.append(c).append(next);
                i++;
            } else if (c == '[') {
                classDepth++;
                kept.append(c);
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
                kept.append(c);
            } else if (classDepth == 0 && (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i))) {
                i = closingParenthesis(regex, i);
            } else if (classDepth == 0 && (c == '^' || c == '$')) {
                continue;
            } else {
                kept.append(c);
            }
        }
        try {
            return Pattern.compile(kept.toString(), flags);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** The index of the parenthesis closing the group that opens at {@code open} (or the regex length). */
    static int closingParenthesis(String regex, int open) {
        int depth = 0;
        int classDepth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }
}
