package dev.passerelle.mt.tm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a TM target onto a request's inline codes (letter-coded): the TM source's tags and the request's tags
 * pair up by position and must be of the same kinds; the TM target's tags are renumbered through that pairing
 * and must then be exactly the request's tags. Anything else cannot be mapped.
 */
final class InlineCodeTransfer {

    private static final Pattern TAG = Pattern.compile("<(/g|g|x|b|e)(-?\\d+)(/?)>");

    private record Tag(String kind, int id) {}

    private InlineCodeTransfer() {}

    static Optional<String> transfer(String tmSource, String tmTarget, String request) {
        List<Tag> sourceTags = tags(tmSource);
        List<Tag> requestTags = tags(request);
        if (sourceTags.size() != requestTags.size()) {
            return Optional.empty();
        }
        Map<Integer, Integer> ids = new HashMap<>();
        Map<Integer, Integer> reverse = new HashMap<>();
        for (int i = 0; i < sourceTags.size(); i++) {
            Tag from = sourceTags.get(i);
            Tag to = requestTags.get(i);
            if (!from.kind().equals(to.kind())
                    || ids.computeIfAbsent(from.id(), k -> to.id()) != to.id()
                    || reverse.computeIfAbsent(to.id(), k -> from.id()) != from.id()) {
                return Optional.empty();
            }
        }
        Matcher m = TAG.matcher(tmTarget);
        StringBuilder out = new StringBuilder(tmTarget.length());
        List<Tag> targetTags = new ArrayList<>();
        while (m.find()) {
            Tag tag = tag(m);
            if (tag == null || !ids.containsKey(tag.id())) {
                return Optional.empty();
            }
            Tag renumbered = new Tag(tag.kind(), ids.get(tag.id()));
            targetTags.add(renumbered);
            m.appendReplacement(out, Matcher.quoteReplacement(render(renumbered)));
        }
        m.appendTail(out);
        if (!sameMultiset(targetTags, requestTags)) {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    private static List<Tag> tags(String letterCoded) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(letterCoded);
        while (m.find()) {
            Tag tag = tag(m);
            if (tag != null) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Null for shapes that are not letter codes, such as {@code <g1/>} or {@code </x1>}. */
    private static Tag tag(Matcher m) {
        String kind = m.group(1);
        boolean selfClosing = !m.group(3).isEmpty();
        boolean paired = kind.equals("g") || kind.equals("/g");
        if (paired == selfClosing) {
            return null;
        }
        return new Tag(kind, Integer.parseInt(m.group(2)));
    }

    private static String render(Tag tag) {
        return switch (tag.kind()) {
            case "g" -> "<g" + tag.id() + ">";
            case "/g" -> "</g" + tag.id() + ">";
            default -> "<" + tag.kind() + tag.id() + "/>";
        };
    }

    private static boolean sameMultiset(List<Tag> a, List<Tag> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Map<Tag, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t, 1, Integer::sum));
        for (Tag t : b) {
            Integer left = counts.merge(t, -1, Integer::sum);
            if (left < 0) {
                return false;
            }
        }
        return true;
    }
}
