package dev.passerelle.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The inline codes of a letter-coded text ({@code <g1>…</g1>}, {@code <x2/>}, {@code <b3/>}, {@code <e3/>}). */
public final class InlineCodes {

    private static final Pattern CODE = Pattern.compile("</?g\\d+>|<[xbe]\\d+/>");

    private InlineCodes() {
    }

    public static List<String> of(String codedText) {
        var codes = new ArrayList<String>();
        Matcher m = CODE.matcher(codedText == null ? "" : codedText);
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }

    /**
     * What a translation did wrong with the source's codes: each code missing, added or duplicated, as a message.
     * Order may change (translation reorders words) but every paired code must still open before it closes.
     */
    public static List<String> problems(String source, String target) {
        List<String> expected = of(source);
        List<String> actual = of(target);
        var problems = new ArrayList<String>();
        var remaining = new ArrayList<>(actual);
        for (String code : expected) {
            if (!remaining.remove(code)) {
                problems.add("missing inline code " + code);
            }
        }
        remaining.forEach(code -> problems.add("unexpected inline code " + code));
        for (String code : actual) {
            if (code.startsWith("</") && actual.indexOf(code) < actual.indexOf(code.replace("/", ""))) {
                problems.add("inline code " + code + " closes before it opens");
            }
        }
        return problems;
    }
}
