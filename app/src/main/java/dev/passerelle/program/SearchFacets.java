package dev.passerelle.program;

import dev.passerelle.search.Facet;
import dev.passerelle.search.SessionSearch;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Facets of a search results page as links: each value toggles its filter and keeps the query and other filters.
 * Values of one facet are alternatives (multi-select): a facet lists its other values while one is chosen.
 */
record SearchFacets(String param, String label, List<Option> options) {

    /** One facet value: shown label, matching sessions, whether it filters now, and the link that toggles it. */
    record Option(String value, String label, long count, boolean selected, String url) {
    }

    static List<SearchFacets> of(SessionSearch.SearchResult result, Map<Facet, List<String>> filters,
                                 HttpServletRequest request, String lang, ProgramLabels labels) {
        Map<String, String> t = labels.of(lang);
        var facets = new ArrayList<SearchFacets>();
        for (Facet facet : Facet.values()) {
            List<String> chosen = filters.getOrDefault(facet, List.of());
            var counts = new ArrayList<>(result.facets().getOrDefault(facet.param(), List.of()));
            // A chosen value the other filters leave without sessions stays listed, so it can be unchosen.
            chosen.stream().filter(v -> counts.stream().noneMatch(c -> c.value().equals(v)))
                    .forEach(v -> counts.add(new SessionSearch.FacetCount(v, 0)));
            var options = counts.stream()
                    .map(c -> new Option(c.value(), label(facet, c.value(), t), c.count(), chosen.contains(c.value()),
                            toggle(request, facet.param(), c.value(), chosen.contains(c.value()))))
                    .toList();
            if (!options.isEmpty()) {
                facets.add(new SearchFacets(facet.param(), t.get("facet." + facet.param()), options));
            }
        }
        return facets;
    }

    /** This search's next page: the same query and filters, after the given cursor. */
    static String nextPage(HttpServletRequest request, String after) {
        var url = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("after")) {
                url.queryParam(name, (Object[]) values);
            }
        });
        return url.queryParam("after", after).build().encode().toUriString();
    }

    private static String label(Facet facet, String value, Map<String, String> t) {
        return switch (facet) {
            case KIND -> t.getOrDefault("kind." + value, value);
            case ORIGINAL_LANG -> t.getOrDefault("lang." + value, value);
            default -> value;
        };
    }

    private static String toggle(HttpServletRequest request, String param, String value, boolean selected) {
        var url = UriComponentsBuilder.fromPath(request.getRequestURI()).replaceQueryParam("after");
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("after")) {
                for (String v : values) {
                    if (!(selected && name.equals(param) && v.equals(value))) {
                        url.queryParam(name, v);
                    }
                }
            }
        });
        if (!selected) {
            url.queryParam(param, value);
        }
        return url.build().encode().toUriString();
    }
}
