package dev.passerelle.api;

import dev.passerelle.search.Facet;
import dev.passerelle.search.SessionQuery;
import dev.passerelle.search.SessionSearch;
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
        return search.search(new SessionQuery(q, lang, event, Facet.filters(params), size, after));
    }
}
