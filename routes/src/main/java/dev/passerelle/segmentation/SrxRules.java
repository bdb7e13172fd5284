package dev.passerelle.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnitUtil;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * One language's rules of an SRX document, applied with the results of Okapi's {@code SRXSegmenter} (the first
 * rule that matches at a position decides; Okapi's options for whitespace and inline codes) at a fraction of its
 * cost. Okapi runs every rule over the whole text; here only the break rules are searched (each exactly as Okapi
 * searches it), and the exception rules are tried only where a break rule matched. Immutable and thread-safe.
 */
final class SrxRules {

    // Okapi compiles rules with this flag (Unicode-aware \w, \b, \s).
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final int CODE_LENGTH = 2;

    private static final int MAX_BREAK_RULES = FirstCharacters.MAX_RULES;

    private final List<Step> steps;
    private final int[] breakSteps;
    private final FirstCharacters firstCharacters;
    private final boolean trimLeading;
    private final boolean trimTrailing;
    private final boolean oneSegmentIncludesAll;
    private final EnumSet<TextFragment.Marker> includedCodes;

    /** In rule order: a break rule, or a run of consecutive exception rules tried as one alternation. */
    private sealed interface Step permits BreakStep, ExceptionStep {}

    /** {@code searched}: Okapi's own regex for the rule, {@code (before)(after)}. */
    private record BreakStep(Pattern searched) implements Step {}

    /** {@code atPosition}: the rules as zero-width tests, {@code (?<=before)(?=after)|…}, tried at one position. */
    private record ExceptionStep(Pattern atPosition) implements Step {}

    private SrxRules(List<Step> steps, SRXDocument document) {
        this.steps = steps;
        this.breakSteps = IntStream.range(0, steps.size()).filter(i -> steps.get(i) instanceof BreakStep).toArray();
        this.firstCharacters = new FirstCharacters(Arrays.stream(breakSteps)
                .mapToObj(i -> ((BreakStep) steps.get(i)).searched()).toList());
        this.trimLeading = document.trimLeadingWhitespaces();
        this.trimTrailing = document.trimTrailingWhitespaces();
        this.oneSegmentIncludesAll = document.oneSegmentIncludesAll();
        this.includedCodes = EnumSet.noneOf(TextFragment.Marker.class);
        if (document.includeStartCodes()) {
            includedCodes.add(TextFragment.Marker.OPENING);
        }
        if (document.includeEndCodes()) {
            includedCodes.add(TextFragment.Marker.CLOSING);
        }
        if (document.includeIsolatedCodes()) {
            includedCodes.add(TextFragment.Marker.ISOLATED);
        }
    }

    /**
     * The rules {@code document} maps to {@code locale}; empty when the document uses an Okapi feature this engine
     * does not reproduce (ICU4J break rules, a range rule, isolated codes as whitespace) or a before-break pattern
     * Java cannot use in a look-behind: Okapi's own segmenter is then the one to use.
     */
    static Optional<SrxRules> compile(SRXDocument document, LocaleId locale) {
        if (document.useIcu4JBreakRules() || document.treatIsolatedCodesAsWhitespace()
                || !(document.getMaskRule() == null || document.getMaskRule().isEmpty())) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        List<String> exceptions = new ArrayList<>();
        try {
            for (Rule rule : rulesFor(document, locale)) {
                if (rule.isBreak()) {
                    if (!exceptions.isEmpty()) {
                        steps.add(new ExceptionStep(Pattern.compile(String.join("|", exceptions), FLAGS)));
                        exceptions.clear();
                    }
                    String regex = document.generateRuleRegex(rule).replace(SRXDocument.ANYCODE,
                            SRXDocument.INLINECODE_PATTERN);
                    steps.add(new BreakStep(Pattern.compile(regex, FLAGS)));
                } else {
                    exceptions.add(exception(before(rule), after(rule)));
                }
            }
            if (!exceptions.isEmpty()) {
                steps.add(new ExceptionStep(Pattern.compile(String.join("|", exceptions), FLAGS)));
            }
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
        if (steps.stream().filter(step -> step instanceof BreakStep).count() > MAX_BREAK_RULES) {
            return Optional.empty();
        }
        return Optional.of(new SrxRules(steps, document));
    }

    /**
     * An exception rule as a test at one position: both conditions are zero-width there, so their order changes
     * nothing but the cost. The after-break goes first (a forward scan, usually cheap and selective) unless it
     * holds a long look-behind of its own (a context test better left until the before-break has matched).
     */
    private static String exception(String before, String after) {
        String lookBehind = "(?<=" + before + ")";
        String lookAhead = "(?=" + after + ")";
        return "(?:" + (looksFarBack(after) ? lookBehind + lookAhead : lookAhead + lookBehind) + ")";
    }

    private static final int SHORT_LOOK_BEHIND = 24;

    private static boolean looksFarBack(String regex) {
        for (int at = regex.indexOf("(?<"); at >= 0; at = regex.indexOf("(?<", at + 1)) {
            if (FirstCharacters.closingParenthesis(regex, at) - at > SHORT_LOOK_BEHIND) {
                return true;
            }
        }
        return false;
    }

    /** The rules of every language map matching {@code locale}, in order (all of them when the SRX cascades). */
    private static List<Rule> rulesFor(SRXDocument document, LocaleId locale) {
        List<Rule> rules = new ArrayList<>();
        for (LanguageMap map : document.getAllLanguagesMaps()) {
            if (Pattern.matches(map.getPattern(), locale.toString())) {
                document.getLanguageRules(map.getRuleName()).stream().filter(Rule::isActive).forEach(rules::add);
                if (!document.cascade()) {
                    break;
                }
            }
        }
        return rules;
    }

    // Rules see the text without its inline codes (as in Okapi), so Okapi's automatic "codes may follow" suffix
    // of a before-break pattern always matches nothing and is left out.
    private static String before(Rule rule) {
        String before = rule.getBefore();
        if (before.endsWith(SRXDocument.NOAUTO)) {
            before = before.substring(0, before.length() - SRXDocument.NOAUTO.length());
        }
        // Okapi reads an empty before-break as "any character".
        return before.isEmpty() ? "(?:.|\\n)" : before.replace(SRXDocument.ANYCODE, SRXDocument.INLINECODE_PATTERN);
    }

    private static String after(Rule rule) {
        return rule.getAfter().replace(SRXDocument.ANYCODE, SRXDocument.INLINECODE_PATTERN);
    }

    /** The segments' ranges in the container's coded text, as Okapi's SRXSegmenter.getRanges() gives them. */
    List<Range> ranges(TextContainer container) {
        String coded = container.getCodedText(true);
        int[] codeMarkers = codeMarkerIndexes(coded);
        String plain = codeMarkers.length == 0 ? coded : TextUnitUtil.removeCodes(coded);
        List<Integer> splits = new ArrayList<>();
        for (int position : breaks(plain)) {
            splits.add(codeMarkers.length == 0 ? position : includeCodes(coded, toCoded(position, codeMarkers)));
        }
        return ranges(coded, splits);
    }

    /** The positions of {@code text} where the rules break, ascending. */
    private int[] breaks(String text) {
        int[][] matched = searchBreakRules(text);
        int[] candidates = distinctSorted(matched);
        Matcher[] exceptionMatchers = new Matcher[steps.size()];
        int[] found = new int[candidates.length];
        int count = 0;
        for (int position : candidates) {
            if (breaksAt(position, text, matched, exceptionMatchers)) {
                found[count++] = position;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static int[] distinctSorted(int[][] matched) {
        int total = 0;
        for (int[] positions : matched) {
            total += positions == null ? 0 : positions.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] positions : matched) {
            if (positions != null) {
                System.arraycopy(positions, 0, all, at, positions.length);
                at += positions.length;
            }
        }
        Arrays.sort(all);
        int count = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[count++] = all[i];
            }
        }
        return Arrays.copyOf(all, count);
    }

    private boolean breaksAt(int position, String text, int[][] matched, Matcher[] exceptionMatchers) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof ExceptionStep(Pattern atPosition)) {
                Matcher matcher = exceptionMatchers[i];
                if (matcher == null) {
                    matcher = atPosition.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    exceptionMatchers[i] = matcher;
                }
                if (matcher.region(position, text.length()).lookingAt()) {
                    return false;
                }
            } else if (Arrays.binarySearch(matched[i], position) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each break rule matches (by step index), found exactly as Okapi finds them: each search starts at the
     * previous match's break position, a match is the leftmost one, and its break position is the end of the
     * before-break group. One pass over the text serves all rules: a rule is tried only at characters that can
     * start it, which is what keeps this fast.
     */
    private int[][] searchBreakRules(String text) {
        int[][] positions = new int[steps.size()][];
        int[] counts = new int[steps.size()];
        int[] from = new int[steps.size()];
        boolean[] done = new boolean[steps.size()];
        Matcher[] matchers = new Matcher[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof BreakStep(Pattern searched)) {
                positions[i] = new int[4];
                matchers[i] = searched.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
        }
        int length = text.length();
        for (int start = 0; start < length; start++) {
            long rules = firstCharacters.rulesStartingAt(text, start);
            while (rules != 0) {
                int i = breakSteps[Long.numberOfTrailingZeros(rules)];
                rules &= rules - 1;
                if (done[i] || start < from[i] || !matchers[i].region(start, length).lookingAt()) {
                    continue;
                }
                int position = matchers[i].end(1);
                // Okapi searches again from the break position and stops once a search starts where it started.
                done[i] = position == from[i] || position == start;
                from[i] = position;
                if (counts[i] == 0 || positions[i][counts[i] - 1] != position) {
                    if (counts[i] == positions[i].length) {
                        positions[i] = Arrays.copyOf(positions[i], counts[i] * 2);
                    }
                    positions[i][counts[i]++] = position;
                }
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (positions[i] != null) {
                positions[i] = Arrays.copyOf(positions[i], counts[i]);
            }
        }
        return positions;
    }

    private static int[] codeMarkerIndexes(String coded) {
        int count = 0;
        int[] indexes = new int[8];
        for (int i = 0; i < coded.length(); i++) {
            if (TextFragment.isMarker(coded.charAt(i))) {
                if (count == indexes.length) {
                    indexes = Arrays.copyOf(indexes, count * 2);
                }
                indexes[count++] = i;
                i++;
            }
        }
        return Arrays.copyOf(indexes, count);
    }

    /** The coded-text position of a plain-text position: codes sitting right at it stay after it (as in Okapi). */
    private static int toCoded(int plainPosition, int[] codeMarkers) {
        int codesBefore = 0;
        for (int marker : codeMarkers) {
            if (marker - CODE_LENGTH * codesBefore >= plainPosition) {
                break;
            }
            codesBefore++;
        }
        return plainPosition + CODE_LENGTH * codesBefore;
    }

    /** Moves a break past the codes the SRX header says belong to the segment before it. */
    private int includeCodes(String coded, int position) {
        if (position >= coded.length()) {
            return position;
        }
        TextFragment.Marker marker = TextFragment.Marker.asEnum(coded.charAt(position));
        if (marker != null && includedCodes.contains(marker)) {
            do {
                position += CODE_LENGTH;
            } while (position < coded.length() - 1
                    && includedCodes.contains(TextFragment.Marker.asEnum(coded.charAt(position))));
        }
        return position;
    }

    /** Okapi's cut of the coded text at the breaks, with its whitespace trimming. */
    private List<Range> ranges(String coded, List<Integer> splits) {
        List<Range> ranges = new ArrayList<>();
        int length = coded.length();
        int start = 0;
        for (int split : splits) {
            if (split >= length) {
                continue;
            }
            int first = TextFragment.indexOfFirstNonWhitespace(coded, start, split - 1, false, false, false,
                    trimLeading);
            if (first == -1) {
                continue;
            }
            if (trimLeading) {
                start = first;
            }
            int last = trimTrailing
                    ? TextFragment.indexOfLastNonWhitespace(coded, split - 1, 0, false, false, false, true)
                    : split - 1;
            if (last >= start) {
                ranges.add(new Range(start, last < split ? last + 1 : last));
            }
            start = split;
        }
        if (start < length) {
            int first = TextFragment.indexOfFirstNonWhitespace(coded, start, length - 1, false, false, false,
                    trimLeading);
            if (trimLeading && first != -1) {
                start = first;
            }
            if (first != -1 && first < length) {
                int last = trimTrailing
                        ? TextFragment.indexOfLastNonWhitespace(coded, length - 1, start, false, false, false, true)
                        : length - 1;
                if (last >= start) {
                    ranges.add(new Range(start, last < length ? last + 1 : last));
                }
            }
        }
        if (ranges.size() == 1 && oneSegmentIncludesAll) {
            return List.of(new Range(0, length));
        }
        return ranges;
    }
}
