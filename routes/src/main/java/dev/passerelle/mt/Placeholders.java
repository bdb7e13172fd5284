package dev.passerelle.mt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letter-coded segments to the markup a provider keeps and back. Inline codes become elements carrying their
 * letter code as id ({@code <g id="g1">…</g>}, {@code <x id="x2"/>} in XML; {@code <span id="g1">…</span>} in
 * HTML); do-not-translate terms become protected elements ({@code <keep id="t1">}, {@code translate="no"}) whose
 * content is restored from the source whatever comes back. Text is escaped. {@link #decode} refuses any answer
 * whose markup it cannot map back exactly: unknown ids, lost or extra codes, unbalanced elements.
 */
public final class Placeholders {

    /** How a provider wants inline markup. */
    public enum Style { XML, HTML }

    private static final Pattern CODE = Pattern.compile("</?g-?\\d+>|<[xbe]-?\\d+/>");
    private static final Pattern ELEMENT = Pattern.compile("<(/?)([A-Za-z][\\w-]*)((?:\\s+[\\w-]+\\s*=\\s*\"[^\"]*\")*)\\s*(/?)>");
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*\"([gxbet]-?\\d+)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos|nbsp);");

    private Placeholders() {}

    /** A segment ready to send: its markup and the protected terms by index ({@code t1} is index 0). */
    public record Encoded(String text, List<String> protectedTerms) {}

    public static Encoded encode(String letterCoded, List<String> protectedTerms, Style style) {
        StringBuilder out = new StringBuilder(letterCoded.length() + 32);
        List<String> kept = new ArrayList<>();
        Matcher code = CODE.matcher(letterCoded);
        int last = 0;
        while (code.find()) {
            appendText(out, letterCoded.substring(last, code.start()), protectedTerms, kept, style);
            appendCode(out, code.group(), style);
            last = code.end();
        }
        appendText(out, letterCoded.substring(last), protectedTerms, kept, style);
        return new Encoded(out.toString(), List.copyOf(kept));
    }

    private static void appendCode(StringBuilder out, String code, Style style) {
        String open = style == Style.XML ? "g" : "span";
        if (code.startsWith("</")) {
            out.append("</").append(open).append('>');
        } else if (code.startsWith("<g")) {
            out.append('<').append(open).append(" id=\"").append(code, 1, code.length() - 1).append("\">");
        } else {
            String id = code.substring(1, code.length() - 2);
            out.append(style == Style.XML ? "<x id=\"" + id + "\"/>" : "<span id=\"" + id + "\"></span>");
        }
    }

    private static void appendText(StringBuilder out, String text, List<String> terms, List<String> kept, Style style) {
        int from = 0;
        while (from < text.length()) {
            int at = -1;
            String term = null;
            for (String candidate : terms) {
                int found = indexOfWord(text, candidate, from);
                if (found >= 0 && (at < 0 || found < at || found == at && candidate.length() > term.length())) {
                    at = found;
                    term = candidate;
                }
            }
            if (term == null) {
                break;
            }
            escape(out, text.substring(from, at));
            kept.add(term);
            String id = "t" + kept.size();
            out.append(style == Style.XML ? "<keep id=\"" + id + "\">" : "<span translate=\"no\" id=\"" + id + "\">");
            escape(out, term);
            out.append(style == Style.XML ? "</keep>" : "</span>");
            from = at + term.length();
        }
        escape(out, text.substring(from));
    }

    private static int indexOfWord(String text, String word, int from) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
        }
        return -1;
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }

    /**
     * The letter-coded form of a provider's answer, or empty when its markup cannot be mapped back (the caller
     * then checks that the codes are exactly the request's).
     */
    public static Optional<String> decode(String answer, Encoded sent) {
        StringBuilder out = new StringBuilder(answer.length());
        Deque<String> open = new ArrayDeque<>();
        Matcher element = ELEMENT.matcher(answer);
        int last = 0;
        int skipDepthFrom = -1;
        while (element.find()) {
            if (skipDepthFrom < 0) {
                out.append(unescape(answer.substring(last, element.start())));
            }
            last = element.end();
            boolean closing = !element.group(1).isEmpty();
            boolean empty = !element.group(4).isEmpty();
            if (closing) {
                String id = open.poll();
                if (id == null) {
                    return Optional.empty();
                }
                if (id.startsWith("t") && open.size() == skipDepthFrom) {
                    skipDepthFrom = -1;
                } else if (id.startsWith("g") && skipDepthFrom < 0) {
                    out.append("</").append(id).append('>');
                }
                continue;
            }
            Matcher idMatch = ID.matcher(element.group(3));
            if (!idMatch.find()) {
                return Optional.empty();
            }
            String id = idMatch.group(1);
            if (skipDepthFrom >= 0) {
                open.push(id);
                continue;
            }
            if (id.startsWith("t")) {
                int index = Integer.parseInt(id.substring(1)) - 1;
                if (index < 0 || index >= sent.protectedTerms().size()) {
                    return Optional.empty();
                }
                out.append(sent.protectedTerms().get(index));
                if (!empty) {
                    skipDepthFrom = open.size();
                    open.push(id);
                }
            } else if (id.startsWith("g")) {
                if (empty) {
                    return Optional.empty();
                }
                out.append('<').append(id).append('>');
                open.push(id);
            } else {
                out.append('<').append(id).append("/>");
                if (!empty) {
                    // HTML has no self-closing span: the isolated code's (empty) element closes next.
                    open.push("_" + id);
                }
            }
        }
        if (!open.isEmpty() || skipDepthFrom >= 0) {
            return Optional.empty();
        }
        out.append(unescape(answer.substring(last)));
        return Optional.of(out.toString());
    }

    /** Whether every protected term came back (as its element). */
    public static boolean keepsProtectedTerms(String answer, Encoded sent) {
        for (int i = 1; i <= sent.protectedTerms().size(); i++) {
            if (!answer.contains("id=\"t" + i + "\"")) {
                return false;
            }
        }
        return true;
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00A0";
                default -> Character.toString(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
