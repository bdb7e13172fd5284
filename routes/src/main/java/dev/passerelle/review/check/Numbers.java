package dev.passerelle.review.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers and times of a text the way its language writes them, as comparable canonical tokens:
 * "3.5" (en) and "3,5" (fr) both read {@code 3.5}; "1,000" (en) and "1 000" (fr) {@code 1000};
 * "9:00", "9 am", "9 h 00" and "9h" {@code 09:00}; "2:30 pm" and "14 h 30" {@code 14:30}.
 */
final class Numbers {

    private static final String SPACE = "[ \\u00A0\\u202F\\u2009]";
    private static final String VERSION = "(?<version>\\d+(?:\\.\\d+){2,})";
    private static final String CLOCK = "(?<ch>\\d{1,2}):(?<cm>\\d{2})(?:" + SPACE + "?(?<cap>[ap])\\.?m\\b\\.?)?";
    private static final String AM_PM = "(?<ah>\\d{1,2})" + SPACE + "?(?<aap>[ap])\\.?m\\b\\.?";
    private static final String HOURS = "(?<hh>\\d{1,2})" + SPACE + "?h(?:" + SPACE + "?(?<hm>\\d{2}))?(?![\\p{L}\\d])";
    private static final Pattern ENGLISH = Pattern.compile(String.join("|", VERSION, CLOCK, AM_PM, HOURS,
            "(?<grouped>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?)", "(?<plain>\\d+(?:\\.\\d+)?)", "(?<comma>\\d+,\\d+)"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FRENCH = Pattern.compile(String.join("|", VERSION, CLOCK, HOURS,
            "(?<grouped>\\d{1,3}(?:" + SPACE + "\\d{3})+(?:,\\d+)?)", "(?<dotted>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?)",
            "(?<comma>\\d+(?:,\\d+)?)", "(?<plain>\\d+\\.\\d+)"), Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    /** The canonical numbers and times of {@code text} written in {@code lang}, in order of appearance. */
    static List<String> read(String text, String lang) {
        boolean french = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("fr");
        Matcher matcher = (french ? FRENCH : ENGLISH).matcher(text);
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.start() > 0 && Character.isDigit(text.charAt(matcher.start() - 1))) {
                continue;
            }
            tokens.add(canonical(matcher, french));
        }
        return tokens;
    }

    private static String canonical(Matcher m, boolean french) {
        if (m.group("version") != null) {
            return m.group("version");
        }
        if (m.group("ch") != null) {
            return time(Integer.parseInt(m.group("ch")), Integer.parseInt(m.group("cm")), m.group("cap"));
        }
        if (!french && m.group("ah") != null) {
            return time(Integer.parseInt(m.group("ah")), 0, m.group("aap"));
        }
        if (m.group("hh") != null) {
            return time(Integer.parseInt(m.group("hh")), m.group("hm") == null ? 0 : Integer.parseInt(m.group("hm")),
                    null);
        }
        String number = m.group();
        String plain = french
                ? number.replaceAll(SPACE, "").replace(m.group("dotted") != null ? "." : "\u0000", "").replace(',', '.')
                : m.group("comma") != null ? number.replace(',', '.') : number.replace(",", "");
        return new BigDecimal(plain).stripTrailingZeros().toPlainString();
    }

    private static String time(int hour, int minute, String amPm) {
        int h = hour;
        if (amPm != null) {
            boolean pm = amPm.equalsIgnoreCase("p");
            h = hour % 12 + (pm ? 12 : 0);
        }
        return "%02d:%02d".formatted(h, minute);
    }
}
