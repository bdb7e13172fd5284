package dev.passerelle.api;

import dev.passerelle.search.Facet;
import dev.passerelle.search.SessionQuery;
import dev.passerelle.search.SessionSearch;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous bilingual search over published sessions: {@code q}, {@code lang} (en, fr), {@code size} (1–100),
 * {@code event}, facet filters {@code day}, {@code track}, {@code kind}, {@code original}, {@code room} (repeatable),
 * and {@code after}, the {@code next} cursor of the previous page.
 */
@RestController
class SearchController {

    private final SessionSearch search;

    SearchController(SessionSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SessionSearch.SearchResult search(@RequestParam String q, @RequestParam(defaultValue = "en") String lang,
                                      @RequestParam(defaultValue = "20") int size,
                                      @RequestParam(required = false) String event,
                                      @RequestParam(required = false) String after,
                                      @RequestParam MultiValueMap<String, String> params) {
        return search.search(new SessionQuery(q, lang, event, filters(params), size, after));
    }

    /** The facet filters among the request parameters. */
    static Map<Facet, List<String>> filters(MultiValueMap<String, String> params) {
        var filters = new EnumMap<Facet, List<String>>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of()).stream()
                    .filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        return filters;
    }
}
