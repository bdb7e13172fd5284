package dev.passerelle.program;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every program page shows around its content: labels in the page's language, the event's base path, and the
 * same page in the other language (hreflang alternates and the language switch keep path and query).
 */
final class ProgramPage {

    private ProgramPage() {
    }

    static void describe(HttpServletRequest request, String lang, ProgramLabels labels, Model model) {
        String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/", 4);
        String event = parts.length > 1 ? parts[1] : "";
        String other = "en".equals(lang) ? "fr" : "en";
        var alternates = new LinkedHashMap<String, String>();
        for (String l : new String[] {"en", "fr"}) {
            alternates.put(l, samePageIn(request, l));
        }
        model.addAttribute("lang", lang);
        model.addAttribute("other", other);
        model.addAttribute("t", labels.of(lang));
        model.addAttribute("eventSlug", event);
        model.addAttribute("base", request.getContextPath() + "/" + event + "/" + lang);
        model.addAttribute("alternates", alternates);
        model.addAttribute("switchUrl", alternates.get(other));
    }

    /** The page's language: the second path segment. */
    static String langOf(HttpServletRequest request) {
        String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/", 4);
        return parts.length > 2 && parts[2].equals("fr") ? "fr" : "en";
    }

    /** The absolute URL of this page in {@code lang}: the language segment swapped, the query kept. */
    static String samePageIn(HttpServletRequest request, String lang) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/", 4);
        if (parts.length > 2) {
            parts[2] = lang;
        }
        String query = request.getQueryString();
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + String.join("/", parts)
                + (query == null ? "" : "?" + query);
    }
}
