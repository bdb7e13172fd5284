package dev.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionSearchTest {

    @Nested
    class Cursor {

        @Test
        void roundTripsTheLastHitsSortValues() {
            String cursor = SessionSearch.Cursor.encode(List.of(FieldValue.of(12.5), FieldValue.of("1042")));
            assertThat(SessionSearch.Cursor.decode(cursor)).extracting(FieldValue::_get)
                    .containsExactly(12.5, "1042");
        }

        @Test
        void rejectsWhatItDidNotIssue() {
            for (String bad : List.of("not-a-cursor", "", "MTI6YWJj" /* 12:abc */, "%%%")) {
                assertThatThrownBy(() -> SessionSearch.Cursor.decode(bad)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("after");
            }
        }
    }

    @Nested
    class Query {

        @Test
        void rejectsUnknownLanguageEmptyTextAndOutOfRangeSizes() {
            assertThatThrownBy(() -> SessionQuery.of("ci", "de", 10)).hasMessageContaining("lang");
            assertThatThrownBy(() -> SessionQuery.of("  ", "en", 10)).hasMessageContaining("q");
            assertThatThrownBy(() -> SessionQuery.of("ci", "en", 0)).hasMessageContaining("size");
            assertThatThrownBy(() -> SessionQuery.of("ci", "en", 101)).hasMessageContaining("size");
            assertThatThrownBy(() -> SessionQuery.of("x".repeat(201), "en", 10)).hasMessageContaining("200");
        }

        @Test
        void facetFiltersComeFromRequestParametersIgnoringBlanksAndOthers() {
            var filters = Facet.filters(Map.of("kind", List.of("talk", "ignite", " "), "original", List.of("fr"),
                    "q", List.of("ci"), "room", List.of("")));
            assertThat(filters).containsOnlyKeys(Facet.KIND, Facet.ORIGINAL_LANG);
            assertThat(filters.get(Facet.KIND)).containsExactly("talk", "ignite");
        }
    }

    /** Multi-select facets: a facet's own filter narrows the hits, not the counts of its values. */
    @Nested
    class Facets {

        private final SessionSearch search = new SessionSearch(null, "sessions", QueryExpansion.NONE, "original");

        @Test
        void chosenValuesFilterTheHitsAfterTheCountsAndEachFacetCountsUnderTheOthersOnly() {
            SearchRequest request = search.request(new SessionQuery("ci", "en", "devops",
                    Map.of(Facet.TRACK, List.of("Delivery"), Facet.DAY, List.of("2026-06-11")), 10, null));

            assertThat(request.postFilter().bool().filter()).extracting(q -> q.terms().field())
                    .containsExactly("day", "track");
            assertThat(request.query().bool().filter()).extracting(q -> q.term().field()).containsExactly("event");
            assertThat(scope(request, Facet.TRACK)).containsExactly("day");
            assertThat(scope(request, Facet.DAY)).containsExactly("track");
            assertThat(scope(request, Facet.KIND)).containsExactly("day", "track");
            assertThat(request.aggregations().get("kind").aggregations().get("values").terms().field())
                    .isEqualTo("kind");
        }

        @Test
        void withoutFiltersNothingIsPostFilteredAndEveryFacetCountsAllMatches() {
            SearchRequest request = search.request(SessionQuery.of("ci", "en", 10));

            assertThat(request.postFilter()).isNull();
            for (Facet facet : Facet.values()) {
                assertThat(scope(request, facet)).as(facet.param()).isEmpty();
            }
        }

        /** The fields filtered in the filter aggregation that scopes a facet's counts. */
        private static List<String> scope(SearchRequest request, Facet facet) {
            return request.aggregations().get(facet.param()).filter().bool().filter().stream()
                    .map(q -> q.terms().field()).toList();
        }
    }
}
