package dev.passerelle.api;

import dev.passerelle.search.SessionSearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Anonymous bilingual search over published sessions. */
@RestController
@Validated
class SearchController {

    private final SessionSearch search;

    SearchController(SessionSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SessionSearch.SearchResult search(@RequestParam String q, @RequestParam(defaultValue = "en") String lang,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return search.search(q, lang, size);
    }
}
