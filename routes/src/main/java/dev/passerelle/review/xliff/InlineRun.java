package dev.passerelle.review.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of segment content: text, or an inline code. Our segments are Okapi letter-coded ({@code <g1>…</g1>},
 * {@code <x2/>}, {@code <b3/>}, {@code <e3/>}); files carry the same codes as XLIFF elements.
 */
sealed interface InlineRun {

    /** Plain text. */
    record Text(String text) implements InlineRun {
    }

    /** An inline code: a paired code's opening or closing, a standalone placeholder, or an unpaired start/end. */
    record Code(Kind kind, String id) implements InlineRun {
    }

    enum Kind { OPEN, CLOSE, PLACEHOLDER, START, END }

    Pattern LETTER_CODE = Pattern.compile("<(/?)g(\\d+)>|<([xbe])(\\d+)/>");

    /** Runs of a letter-coded text. */
    static List<InlineRun> fromLetterCoded(String coded) {
        List<InlineRun> runs = new ArrayList<>();
        Matcher m = LETTER_CODE.matcher(coded);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(new Text(coded.substring(at, m.start())));
            }
            if (m.group(2) != null) {
                runs.add(new Code(m.group(1).isEmpty() ? Kind.OPEN : Kind.CLOSE, m.group(2)));
            } else {
                Kind kind = switch (m.group(3)) {
                    case "x" -> Kind.PLACEHOLDER;
                    case "b" -> Kind.START;
                    default -> Kind.END;
                };
                runs.add(new Code(kind, m.group(4)));
            }
            at = m.end();
        }
        if (at < coded.length()) {
            runs.add(new Text(coded.substring(at)));
        }
        return runs;
    }

    /** The letter-coded text of runs; code ids must be numbers (ours are). */
    static String toLetterCoded(List<InlineRun> runs) {
        StringBuilder coded = new StringBuilder();
        for (InlineRun run : runs) {
            switch (run) {
                case Text t -> coded.append(t.text());
                case Code c -> {
                    if (!c.id().chars().allMatch(Character::isDigit) || c.id().isEmpty()) {
                        throw new InvalidXliffException("inline code id '" + c.id() + "' was not exported by us");
                    }
                    coded.append(switch (c.kind()) {
                        case OPEN -> "<g" + c.id() + ">";
                        case CLOSE -> "</g" + c.id() + ">";
                        case PLACEHOLDER -> "<x" + c.id() + "/>";
                        case START -> "<b" + c.id() + "/>";
                        case END -> "<e" + c.id() + "/>";
                    });
                }
            }
        }
        return coded.toString();
    }

    /** The text alone, codes left out. */
    static String plain(List<InlineRun> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> {
            if (r instanceof Text t) {
                text.append(t.text());
            }
        });
        return text.toString();
    }

    /**
     * Where an offset into a letter-coded text falls in its plain text (what a CAT tool shows): the codes before it
     * count for nothing; an offset inside a code moves to the code's start.
     */
    static int plainOffset(String coded, int offset) {
        int plain = offset;
        Matcher m = LETTER_CODE.matcher(coded);
        while (m.find() && m.start() < offset) {
            plain -= Math.min(m.end(), offset) - m.start();
        }
        return plain;
    }
}
